import '../../src/popup/popup.css';
import { t } from '../../src/ui/i18n';
import { localizeDocument } from '../../src/ui/localize-document';
import { startPopup } from '../../src/popup/start-popup';

localizeDocument(document, t('extName'));
void startPopup(document.getElementById('app')!);
