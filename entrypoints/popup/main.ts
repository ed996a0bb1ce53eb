import '../../src/popup/popup.css';
import { t } from '../../src/popup/i18n';
import { localizeDocument } from '../../src/popup/localize-document';
import { startPopup } from '../../src/popup/start-popup';

localizeDocument(document, t('extName'));
void startPopup(document.getElementById('app')!);
