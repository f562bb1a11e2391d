/** What the money measures count, in plain Danish (docs/spending.md says the same for the README's readers). */
export function SpendingExplanation() {
  return (
    <details class="spending-explanation">
      <summary>Hvad tæller som kroner?</summary>
      <ul>
        <li>
          <strong>Bevilget</strong> er de penge, et punkt selv beslutter at bruge: bevillinger, tillægs- og anlægsbevillinger og udgifter, som
          indstillingen eller beslutningen nævner. Beløbet tæller kun, når beslutningen gik igennem (godkendt eller anbefalet). Udsatte,
          afviste, drøftede og orienteringspunkter tæller ikke.
        </li>
        <li>
          Kontraktværdier og anslåede totaler (fx et fælles udbud for flere kommuner), puljers og budgetters størrelse, indtægter og
          beløb i sagsfremstillingens baggrund tæller aldrig. Alle beløb står stadig på punktets side med deres type.
        </li>
        <li>
          <strong>Besparelser</strong> er besparelser, som indstillingen eller beslutningen vedtager, på samme vilkår.
        </li>
        <li>
          En sag, der går fra direktion over udvalg til byråd med samme sagsnummer, tæller <strong>én gang pr. sag</strong>, ved sin seneste
          beslutning i udvalget. Vælg »For hvert punkt« for at tælle hvert møde for sig.
        </li>
        <li>
          <strong>Andel af beløbet</strong> er seriens kroner delt med alle kroner i perioden (hvert punkt én gang). En periode uden møder er et
          hul, ikke et nul.
        </li>
      </ul>
    </details>
  );
}
