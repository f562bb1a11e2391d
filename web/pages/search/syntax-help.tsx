export function SyntaxHelp() {
  return (
    <details class="syntax-help">
      <summary>Søgetips</summary>
      <dl>
        <div>
          <dt>
            <code>"ny skole"</code>
          </dt>
          <dd>Præcis sætning: ordene i den rækkefølge.</dd>
        </div>
        <div>
          <dt>
            <code>budget -anlæg</code>
          </dt>
          <dd>Udeluk et ord med minus foran.</dd>
        </div>
        <div>
          <dt>
            <code>Skype OR Teams</code>
          </dt>
          <dd>Mindst ét af ordene (skriv OR med store bogstaver).</dd>
        </div>
        <div>
          <dt>
            <code>bevill*</code>
          </dt>
          <dd>Præfiks: bevilling, bevillinger, bevilliget …</dd>
        </div>
      </dl>
      <p class="muted">Søgningen tager højde for bøjninger og sammensatte ord, fx finder »skole« også »skolerne«.</p>
    </details>
  );
}
