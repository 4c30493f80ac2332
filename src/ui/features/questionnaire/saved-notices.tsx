import { useLocation } from 'wouter';
import { content } from '../../../content/content.ts';
import { isJourney } from '../../../domain/flow.ts';
import { encodeResult } from '../../../domain/links/result-link.ts';
import { useAppStore } from '../../../state/store.ts';
import { copyText } from '../../lib/clipboard.ts';
import { appUrl } from '../../lib/urls.ts';
import { useState } from 'react';

/**
 * What the app says, once, about answers saved on this device: started afresh, some answers
 * left out, kept for a newer version, or not being saved at all, with a link that keeps them.
 */
export function SavedNotices() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const answers = useAppStore((s) => s.answers);
  const [location] = useLocation();
  const [status, setStatus] = useState('');
  if (notice === null) return null;
  const words = content.wording.saved;
  const journeyPart = location.split('/')[1] ?? '';
  const journey = isJourney(journeyPart) ? journeyPart : answers.outputs.length > answers.goals.length ? 'outputs' : 'goal';
  const resume = appUrl(
    '/resume/',
    encodeResult(content, { journey, answers: { picks: answers[journey === 'goal' ? 'goals' : 'outputs'], context: answers.context } }),
  );
  return (
    <div className="notice" role="status">
      <p>{words[notice]}</p>
      {notice === 'not-saving' && (
        <>
          <p>
            <input
              className="link-field"
              type="text"
              readOnly
              value={resume}
              aria-label={words.keepLink}
              onFocus={(e) => e.currentTarget.select()}
            />
          </p>
          <p className="actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => void copyText(resume).then((ok) => setStatus(ok ? 'Link copied.' : 'Select the link above and copy it.'))}
            >
              {words.keepLink}
            </button>
          </p>
          <p className="status">{status}</p>
        </>
      )}
      <button type="button" className="button-link" onClick={dismiss}>
        {words.dismiss}
      </button>
    </div>
  );
}
