import { render } from 'preact';
import { REPORT_CSS } from '../../report';
import { ReportPage } from './ReportPage';
import './report-page.css';

// The export's own stylesheet, so the page and the HTML export look the same. A constant of ours,
// set as text: never user data.
const style = document.createElement('style');
style.textContent = REPORT_CSS;
document.head.prepend(style);

render(<ReportPage />, document.getElementById('app')!);
