// Tinos: metric-compatible with Times New Roman (NĐ 30/2020), OFL, with a Vietnamese subset. Loaded only
// by the print routes (this module sits in their lazy chunk), so no printed document depends on the fonts
// installed on the machine.
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-400-italic.css';
import '@fontsource/tinos/latin-700.css';
import '@fontsource/tinos/latin-700-italic.css';
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/vietnamese-400-italic.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/vietnamese-700-italic.css';
