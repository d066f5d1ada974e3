"""Command-line command groups. Each module has `register(subparsers)`; handlers take
(ctx: CliContext, args) and return an exit status. Add a module to COMMAND_MODULES to expose it."""

COMMAND_MODULES = [
    "app.commands.clients",
    "app.commands.directory",
    "app.commands.holdings",
    "app.commands.backup",
    "app.commands.accounts",
    "app.commands.sending",
    "app.commands.requests",
    "app.commands.tracking",
    "app.commands.routes",
    "app.commands.exports",
    "app.commands.cases",
    "app.commands.reports",
    "app.commands.replies",
    "app.commands.store",
    "app.commands.holding_suggest",
    "app.commands.clinic",
    "app.commands.bulk",
    "app.commands.preferences",
    "app.commands.records",
    "app.commands.user_companies",
    "app.commands.backups",
    "app.commands.guides",
    "app.commands.reply_extras",
    "app.commands.audit",
]
