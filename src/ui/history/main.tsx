import { render } from 'preact';
import { History } from './History';
import './history.css';

render(<History />, document.getElementById('app')!);
