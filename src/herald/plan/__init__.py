"""Which feeds, calendars and pages a site gets, and what each holds."""
