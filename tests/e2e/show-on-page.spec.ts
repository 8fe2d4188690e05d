import { clickToolbarButton } from '../../cli/extension-session';
import { attachToPopup, waitInPopup } from '../../cli/popup-driver';

import { expect, samplePath, test } from './support';

test('“show on page” in the real popup outlines the figure on the page it came from', async ({
  session,
  pages,
}) => {
  const [url = ''] = await pages([samplePath('upfront-service-fee.html')]);
  const page = await session.context.newPage();
  await page.goto(url);
  await clickToolbarButton(session, page);
  const popup = await attachToPopup(session);
  await waitInPopup(
    popup,
    `document.querySelector('[data-rule="upfront-deduction"] [data-testid="show-on-page"]') !== null`,
  );
  await popup.evaluate(`(() => {
    const card = document.querySelector('[data-rule="upfront-deduction"]');
    card.open = true;
    card.querySelector('[data-testid="show-on-page"]').click();
  })()`);
  await popup.detach();
  // The first evidence item of the 砍头息 finding is the contract amount, "10,000.00元".
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('span')]
          .filter((s) => s.style.outline.includes('solid'))
          .map((s) => s.textContent),
      ),
    )
    .toEqual(['10,000.00元']);
});
