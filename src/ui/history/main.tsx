import { t } from '../lib/i18n';
import { mountLocalized } from '../lib/localized-page';
import { History } from './History';
import './history.css';

void mountLocalized(() => t('historyDocumentTitle'), () => <History />);
