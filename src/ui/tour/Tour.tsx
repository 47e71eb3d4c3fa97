import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { refocusIfLost } from '../refocusIfLost.ts';
import { isTourDismissed, rememberTourDismissed } from './tourDismissed.ts';
import './tour.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export interface TourStep {
  id: string;
  title: string;
  body: string;
}

/**
 * A short first-run tour, one step at a time. A region on the page, not a modal, so it never
 * stands between the user and the screen it describes; closing it is remembered in this browser.
 */
export function Tour(props: { label: string; steps: readonly TourStep[] }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(isTourDismissed);
  const [index, setIndex] = useState(0);
  const region = useRef<HTMLElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  if (dismissed || props.steps.length === 0) return null;
  const step = props.steps[index]!;
  const last = index === props.steps.length - 1;
  // Back is disabled on the first step, Next becomes Got it on the last: the focus goes on to the step's main button.
  const go = (next: number) => {
    setIndex(next);
    refocusIfLost(() => primary.current?.focus());
  };
  // Closed, the tour leaves the focus to what follows it on the page.
  const close = () => {
    const next = followingFocusable(region.current);
    rememberTourDismissed();
    setDismissed(true);
    refocusIfLost(() => next?.focus());
  };
  return (
    <section ref={region} className="tour card" aria-labelledby="tour-heading" data-testid="tour">
      <div className="tour-head">
        <h2 id="tour-heading">{props.label}</h2>
        <span className="spacer" />
        <Button className="button" onPress={close}>{t('tour.dismiss')}</Button>
      </div>
      <ol className="tour-steps">
        {props.steps.map((s, i) => (
          <li key={s.id} className={i === index ? 'current' : undefined} aria-current={i === index ? 'step' : undefined}>
            {s.title}
          </li>
        ))}
      </ol>
      <div className="tour-step" aria-live="polite">
        <h3>{t('tour.stepOf', { n: index + 1, total: props.steps.length })} · {step.title}</h3>
        <p>{step.body}</p>
      </div>
      <div className="tour-actions">
        <Button className="button" isDisabled={index === 0} onPress={() => go(index - 1)}>{t('tour.back')}</Button>
        {last ? (
          <Button ref={primary} className="button primary" onPress={close}>{t('tour.finish')}</Button>
        ) : (
          <Button ref={primary} className="button primary" onPress={() => go(index + 1)}>{t('tour.next')}</Button>
        )}
      </div>
    </section>
  );
}

/** The first element after `element` on the page (among its following siblings and their content) that takes focus. */
function followingFocusable(element: Element | null): HTMLElement | null {
  for (let sibling = element?.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const found = sibling.matches(FOCUSABLE) ? sibling : sibling.querySelector(FOCUSABLE);
    if (found instanceof HTMLElement) return found;
  }
  return null;
}
