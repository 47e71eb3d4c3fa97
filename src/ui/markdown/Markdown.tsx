import ReactMarkdown, { type Components } from 'react-markdown';
import './markdown.css';

/** Links leave the app in a new tab, so an annotator never loses the open document. */
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
  // Images would fetch from anywhere the author pointed; show their alt text instead.
  img: ({ alt }) => <span className="muted">{alt ?? ''}</span>,
};

/**
 * Renders user-written Markdown as React elements. Raw HTML in the source is dropped
 * (`skipHtml`), never parsed, and react-markdown's default URL filter removes
 * `javascript:` and other unsafe link targets, so guidelines cannot inject markup.
 */
export function Markdown(props: { source: string; className?: string }) {
  return (
    <div className={props.className ?? 'markdown'} dir="auto">
      <ReactMarkdown skipHtml components={components}>
        {props.source}
      </ReactMarkdown>
    </div>
  );
}
