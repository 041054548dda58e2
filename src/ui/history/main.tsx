import { t } from '../../i18n/browser';
import { mountLocalized } from '../lib/localized-page';
import { History } from './History';
import './history.css';

void mountLocalized(() => t('historyDocumentTitle'), () => <History />);
