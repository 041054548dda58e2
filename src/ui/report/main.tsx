import { REPORT_CSS } from '../../report';
import { t } from '../../i18n/browser';
import { mountLocalized } from '../lib/localized-page';
import { ReportPage } from './ReportPage';
import './report-page.css';

// The export's own stylesheet, so the page and the HTML export look the same. A constant of ours,
// set as text: never user data.
const style = document.createElement('style');
style.textContent = REPORT_CSS;
document.head.prepend(style);

// ReportPage names the document after the period once it is read.
void mountLocalized(() => t('reportTitle'), () => <ReportPage />);
