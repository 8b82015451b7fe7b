import { useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export type TabSpec = { readonly id: string; readonly label: string };

/**
 * ARIA tabs with the keyboard pattern users expect (arrows, Home, End; left and right swap in
 * Arabic). Only the selected panel renders, so an old laptop draws one set of charts at a time.
 */
export function ProfileTabs(props: {
  label: string;
  tabs: readonly TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
  rtl: boolean;
  children: ReactNode;
}) {
  const { tabs, selected, onSelect, rtl } = props;
  const refs = useRef(new Map<string, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === forward) next = (index + 1) % tabs.length;
    else if (event.key === backward) next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  }
  return (
    <>
      <div role="tablist" aria-label={props.label} className="profile-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`profile-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`profile-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="profile-tabs__tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`profile-panel-${selected}`}
        aria-labelledby={`profile-tab-${selected}`}
        className="profile-panel"
        tabIndex={0}
      >
        {/* The panel's own heading keeps the outline h1 → h2 → h3 for screen-reader users; the tab shows it. */}
        <h2 className="visually-hidden">{tabs.find((tab) => tab.id === selected)?.label}</h2>
        {props.children}
      </div>
    </>
  );
}
