// How every tool here starts the machine's own Chromium (never a downloaded browser). The
// network flags matter: without them Chromium keeps calling home and a closed network refuses it.
// The omnibox popups are WebUI pages a headless window has no use for; Chromium 15x starts them
// with every new window, seconds of CPU that a timed run (npm run bench:browser) would share.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ],
};
