"""The complaint domain: lifecycle, dispositions, deadlines, routing, SP4N-LAPOR! bridge."""
