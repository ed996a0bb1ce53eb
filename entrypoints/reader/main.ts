import '../../src/reader/reader.css';
import { startReader } from '../../src/reader/start-reader';

void startReader(document.getElementById('app')!);
