import type {
  CheckResultRecord, FailureDetails, RequestSummary, ResponseSummary,
} from '../src/run/records';
import { html, type SafeHtml } from './html';
import { checkTitle, OUTCOME_MARKS, outcomeOf } from './reportFigures';

/** The fragment id of a failure's details, so a matrix cell can link to it. */
export function failureAnchor(index: number): string {
  return `failure-${index}`;
}

/**
 * One failure in the fixed layout of every report: rule and level, where it happened,
 * expected against received, the rule the request broke, the exchange, how to reproduce.
 */
export function renderFailure(
  result: CheckResultRecord,
  index: number,
  options: { failOnShould: boolean; open: boolean },
): SafeHtml {
  const outcome = outcomeOf(result, options.failOnShould);
  const details = result.failure;
  const body = details ? renderDetails(details) : html`<pre>${result.message}</pre>`;
  return html`<details class="failure ${outcome}" id="${failureAnchor(index)}"
    ${options.open ? html`open` : ''}>
    <summary><strong><span class="mark">${OUTCOME_MARKS[outcome]}</span>
      <code>${result.check}</code></strong>
      <span class="badge ${result.level}">${result.level}</span>
      on <code>${result.operationId}</code> <span class="muted">(${result.suite} suite)</span>
      ${details ? html`<span class="gist">expected ${details.expected};
        received ${details.received}</span>` : ''}
    </summary>
    <div class="failure-body">
      <p>${checkTitle(result.check)}</p>
      ${body}
    </div></details>`;
}

function renderDetails(details: FailureDetails): SafeHtml {
  const more = details.violationCount > 1
    ? html`<dt>violations</dt><dd>${details.violationCount} in this response; the first
      is shown</dd>`
    : '';
  const mutation = details.mutation
    ? html`<dt>rule broken</dt><dd>${details.mutation.description}
      <span class="muted">(<code>${details.mutation.keyword}</code> at
      <code>${details.mutation.pointer || '/'}</code> in the ${details.mutation.location})</span>
      </dd>`
    : '';
  return html`<dl class="kv">
      <dt>expected</dt><dd>${details.expected}</dd>
      <dt>received</dt><dd>${details.received}</dd>
      ${details.where ? html`<dt>where</dt><dd><code>${details.where}</code></dd>` : ''}
      ${more}${mutation}
    </dl>
    ${details.sequence ? html`<h3>Sequence</h3><pre>${details.sequence}</pre>` : ''}
    <h3>Request${details.shrunk ? ' (shrunk to the smallest that still fails)' : ''}</h3>
    <pre>${requestText(details.request)}</pre>
    <h3>Response <span class="muted">in ${details.response.durationMs} ms</span></h3>
    <pre>${responseText(details.response)}</pre>
    <h3>Reproduce</h3>
    <dl class="kv"><dt>seed</dt><dd><code>${details.seed}</code></dd>
      ${details.path ? html`<dt>path</dt><dd><code>${details.path}</code></dd>` : ''}</dl>
    <p class="muted">Re-run this case with the suite:</p><pre>${details.replayCommand}</pre>
    <p class="muted">Or send the request by hand:</p><pre>${details.curl}</pre>`;
}

// The exchange as the wire shows it: start line, headers, blank line, body.
function requestText(request: RequestSummary): string {
  return messageText(`${request.method} ${request.url}`, request.headers, request.body);
}

function responseText(response: ResponseSummary): string {
  return messageText(`HTTP ${response.status}`, response.headers, response.body);
}

function messageText(start: string, headers: Record<string, string>, body?: string): string {
  const lines = [start, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n');
}
