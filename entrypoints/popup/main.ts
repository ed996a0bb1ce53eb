import '../../src/popup/popup.css';
import { beginReading } from '../../src/popup/begin-reading';

// The click's work starts in this first, small script (issue 17): the page reads itself
// while the rendering code below loads, instead of after it.
const begun = beginReading();
void import('../../src/popup/start-popup').then(({ openPopup }) => openPopup(document.getElementById('app')!, begun));
