export function Footer() {
  return (
    <footer class="site-footer">
      <p>
        Referat Radar · søgning og analyse i danske kommunale referater. Teksterne tilhører de respektive kommuner; tal
        og emner er udtrukket automatisk og bør kontrolleres i referatet.
      </p>
    </footer>
  );
}
