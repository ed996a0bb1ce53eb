import '../../src/popup/popup.css';
import { startPopup } from '../../src/popup/start-popup';

void startPopup(document.getElementById('app')!);
