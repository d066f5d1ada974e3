"""The Directory page: companies, their details and coverage."""
