import { mountPage } from '../lib/mount';
import { Popup } from './Popup';
import './popup.css';

void mountPage('extName', () => <Popup />);
