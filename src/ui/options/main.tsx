import { mountPage } from '../lib/mount';
import { Options } from './Options';
import './options.css';

void mountPage('optionsTitle', () => <Options />);
