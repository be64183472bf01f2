# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_carnet_global_optspecs
    string join \n db= format= q/quiet lang= excel no-pager color= h/help V/version
end

function __fish_carnet_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_carnet_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_carnet_using_subcommand
    set -l cmd (__fish_carnet_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c carnet -n "__fish_carnet_needs_command" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_needs_command" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_needs_command" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_needs_command" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_needs_command" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_needs_command" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_needs_command" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_needs_command" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "contact" -d 'Keep your customer file: add, find, edit, merge, import and export contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "purchase" -d 'Record what customers bought, import sales from a spreadsheet'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "deal" -d 'Deals: quotes and special orders moving through stages'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "interaction" -d 'The interaction log: calls, visits, emails, and their follow-ups'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "service" -d 'Service requests: repairs, alterations, orders to collect, complaints'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "remind" -d 'Today\'s digest of follow-ups, cadences, birthdays and late deals (for cron)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "report" -d 'Reports: RFM segments, the value matrix, Pareto/ABC, segment migration'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "segment" -d 'Saved segments: named filters over your customers, evaluated live'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "tag" -d 'The shop\'s tags: how many contacts bear each; rename or merge one everywhere'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "consent" -d 'Opt-in consent per channel, kept as a history you can prove'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "privacy" -d 'Privacy requests: export everything about a person, erase them, review old contacts'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "campaign" -d 'Campaigns to a segment that respect consent, with a control group to measure them'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "import" -d 'See past imports and undo one'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "backup" -d 'Copy the whole database to a file, safely while carnet is in use (for cron)'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "db" -d 'The database itself: copy a shop between a SQLite file and PostgreSQL; who may do what on a server'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "config" -d 'Show where the config file is and what it says'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "satisfaction" -d 'What customers think: record survey answers (NPS or 1–5), import a form\'s CSV'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "loyalty" -d 'The loyalty card: join, redeem rewards, see a member\'s points'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "sync" -d 'Push the contacts and reminders to the phone: a CardDAV address book, a CalDAV calendar'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "demo" -d 'Build a demo shop with realistic customers and purchases to try carnet on'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "man" -d 'Print the manual page (roff), of carnet or of one of its commands'
complete -c carnet -n "__fish_carnet_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "add" -d 'Add a contact (asks for the fields on a terminal when --name is missing)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "list" -d 'List contacts, with filters and sorting'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "show" -d 'Show one contact\'s whole card and purchase summary'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "edit" -d 'Change fields of a contact (an empty value clears a field)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "archive" -d 'Hide a contact from lists without deleting anything (--undo brings it back)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "rm" -d 'Delete a contact and everything attached to it'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "merge" -d 'Merge OTHER into KEEP: histories moved, tags united, empty fields filled'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "duplicates" -d 'List contacts that are probably one person (same email, phone or name), to merge'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "import" -d 'Import contacts from a CSV or vCard (.vcf) file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "export" -d 'Export contacts as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit tag untag archive rm merge duplicates import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l name -d 'The name, as you say it: "Hélène Dupont", "Atelier Roux"' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l email -d 'The primary email (more with --add-email)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l phone -d 'The primary phone, written any way: "06 12 34 56 78", "+33 6 12 34 56 78" (more with --add-phone)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l company -d 'The company they work for or are' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l street -d 'Street and number' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l postcode -d 'Postcode' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l city -d 'City' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l country -d 'Country' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l birthday -d 'MM-DD, or YYYY-MM-DD when the year is known; DD/MM and DD/MM/YYYY in French (see `date_format` in the config)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l notes -d 'Free notes about them' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l ref -d 'The shop\'s own customer number (kept as text: 007 stays 007)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l email-type -d 'The type of the primary email: home, work, other...' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l phone-type -d 'The type of the primary phone: cell, home, work...' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l honorific -d 'The title before the name, kept apart from it: Mme, M., Dr' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l add-email -d 'One more email, with its type in brackets if you like: "paul@work.fr (work)" (repeat for several; the first email is the primary one)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l add-phone -d 'One more phone number: "04 78 00 00 00 (home)" (repeat for several)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeat for several)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l every -d 'Keep in touch this often (60d, 8w, 2m): `carnet remind` says when it is time' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l kind -d '`company` for a company (a restaurant, a hotel): it buys like anyone, and people name it with --company' -r -f -a "person\t''
company\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Add it even when a contact with the same email or phone exists'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l tag -d 'Only contacts with this tag (repeat: all of them)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -s s -l search -d 'Text in the name, ref, email, phone, company or city; ignores case and accents' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l city -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l company -d 'Only the people of this company (its name, any case or accents)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l sort -r -f -a "name\t''
created\t''
last-purchase\t''
total-spent\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many rows (up to a billion)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l archived -d 'Only archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l all -d 'Archived and active contacts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l name -d 'The name, as you say it: "Hélène Dupont", "Atelier Roux"' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l email -d 'The primary email (more with --add-email)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l phone -d 'The primary phone, written any way: "06 12 34 56 78", "+33 6 12 34 56 78" (more with --add-phone)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l company -d 'The company they work for or are' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l street -d 'Street and number' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l postcode -d 'Postcode' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l city -d 'City' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l country -d 'Country' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l birthday -d 'MM-DD, or YYYY-MM-DD when the year is known; DD/MM and DD/MM/YYYY in French (see `date_format` in the config)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l notes -d 'Free notes about them' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l ref -d 'The shop\'s own customer number (kept as text: 007 stays 007)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l email-type -d 'The type of the primary email: home, work, other...' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l phone-type -d 'The type of the primary phone: cell, home, work...' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l honorific -d 'The title before the name, kept apart from it: Mme, M., Dr' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l add-email -d 'One more email, with its type in brackets if you like: "paul@work.fr (work)" (repeat for several; the first email is the primary one)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l add-phone -d 'One more phone number: "04 78 00 00 00 (home)" (repeat for several)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l remove-email -d 'Forget one of their emails (the next one becomes the primary)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l remove-phone -d 'Forget one of their phone numbers' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l primary-email -d 'Make one of their other emails the primary one (campaigns write to it)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l primary-phone -d 'Make one of their other numbers the primary one' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l every -d 'Keep in touch this often (60d, 8w, 2m); `none` stops it' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l date -d 'A key date `remind` announces like a birthday: mariage=2027-06-12 (--06-12 without the year)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l remove-date -d 'Forget the key date of that label' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from untag" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l undo -d 'Bring an archived contact back'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l dry-run -d 'Show what would change and change nothing'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l by -d 'Which signs count (comma-separated)' -r -f -a "email\t''
phone\t''
name\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l archived -d 'Look among archived contacts too'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from duplicates" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l date-format -d 'How the file writes its dates: DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY (without it, the file\'s own dates and language decide)' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report, but write nothing'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l allow-reimport -d 'Import a file with the same content as an earlier import'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l allow-duplicate -d 'Add rows whose email or phone is already another contact\'s'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l strict -d 'Refuse a CSV with columns carnet does not use, or a vCard with a card carnet cannot take whole'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l update -d 'Update the contacts the file\'s rows are about (matched by ref, then email, then phone) instead of refusing them: empty fields filled, new emails, phones and tags added. Rows matching no one are added'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l overwrite -d 'With --update, also replace the fields the file gives differently'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -s o -l out -d 'Write to this file instead of stdout (never the database; an existing file only with --force)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l vcard-version -d 'With --format vcf: the vCard version, 4.0 (the default) or 3.0 (macOS Contacts, older phones)' -r -f -a "4.0\t''
3.0\t''
4\t''
3\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l force -d 'Replace the --out file if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l all -d 'Include archived contacts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact (asks for the fields on a terminal when --name is missing)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contacts, with filters and sorting'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contact\'s whole card and purchase summary'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a contact (an empty value clears a field)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Hide a contact from lists without deleting anything (--undo brings it back)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a contact and everything attached to it'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge OTHER into KEEP: histories moved, tags united, empty fields filled'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "duplicates" -d 'List contacts that are probably one person (same email, phone or name), to merge'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import contacts from a CSV or vCard (.vcf) file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export contacts as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "add" -d 'Record a purchase (a negative amount is a refund)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "list" -d 'List purchases, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "rm" -d 'Delete a purchase recorded by mistake'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "categories" -d 'What customers buy: list, rename and merge the categories'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "import" -d 'Import purchases from a CSV file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "export" -d 'Export purchases as CSV (the import\'s columns) or JSON'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and not __fish_seen_subcommand_from add list rm categories import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -s d -l date -d 'The day of the purchase (default: today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l note -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l order-ref -d 'Your invoice or order number' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l category -d 'What was bought (bouquet, workshop, repair...): any words; `Bouquet` and `bouquet` are one category' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l channel -d 'Where it was sold: one of the config\'s sales_channels (shop, market, online, phone, fair by default)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -s c -l contact -d 'Only this contact\'s purchases' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l since -d 'From this day on (YYYY-MM-DD, today, -30d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l until -d 'Up to and including this day' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many rows (up to a billion)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l category -d 'Only purchases of this category' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l channel -d 'Only purchases made on this sales channel' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -f -a "list" -d 'Every category, with its purchases and customers, most bought first'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -f -a "rename" -d 'Spell a category another way (its purchases follow)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -f -a "merge" -d 'Put the purchases of one category into another, and drop the first'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -f -a "cycle" -d 'Say how often a category is bought again, so `carnet remind` lists the customers due to renew it'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from categories" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l date-format -d 'How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern (unset: the profile\'s, else settled by the file\'s values)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l map -d 'Say which header is which column: "Code client=customer,Montant TTC=amount,Channel=ignore"' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l profile -d 'Read the file with this profile (see --profiles) instead of recognising it' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report, but write nothing'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l allow-reimport -d 'Import a file with the same content as an earlier import'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l strict -d 'Refuse a file with columns carnet does not use (they are ignored otherwise)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l profiles -d 'List the profiles carnet knows (built-in and the config\'s) and stop'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s c -l contact -d 'Only this contact\'s purchases' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l since -d 'From this day on (YYYY-MM-DD, today, -30d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l until -d 'Up to and including this day' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s n -l limit -d 'At most this many rows (up to a billion)' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l category -d 'Only purchases of this category' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l channel -d 'Only purchases made on this sales channel' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s o -l out -d 'Write to this file instead of stdout (never the database; an existing file only with --force)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l force -d 'Replace the --out file if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a purchase (a negative amount is a refund)'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "list" -d 'List purchases, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a purchase recorded by mistake'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "categories" -d 'What customers buy: list, rename and merge the categories'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import purchases from a CSV file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export purchases as CSV (the import\'s columns) or JSON'
complete -c carnet -n "__fish_carnet_using_subcommand purchase; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "add" -d 'Open a deal for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "list" -d 'List deals (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "show" -d 'Show a deal with its stage history'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "edit" -d 'Change a deal\'s title, amount, expected close or notes'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "move" -d 'Move an open deal to another stage'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "won" -d 'Close a deal as won (--record-purchase counts it as a purchase)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "lost" -d 'Close a deal as lost, saying why'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "rm" -d 'Delete a deal and its history'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and not __fish_seen_subcommand_from add list show edit move won lost rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l title -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l amount -d 'The deal\'s value: 2400, 2 400,00' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l stage -d 'The starting stage (default: the first configured one)' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l close -d 'Expected close: a date, +2w, +1m, friday…' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l notes -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l stage -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -s c -l contact -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l closed -d 'Closed deals only'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l all -d 'Open and closed deals'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l title -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l amount -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l close -d 'Expected close (an empty value clears it)' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l notes -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l date -d 'The close date (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l record-purchase -d 'Record the deal\'s amount as a purchase on the close date'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from won" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l reason -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from lost" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -s y -l yes
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "add" -d 'Open a deal for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deals (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a deal with its stage history'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a deal\'s title, amount, expected close or notes'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move an open deal to another stage'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "won" -d 'Close a deal as won (--record-purchase counts it as a purchase)'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "lost" -d 'Close a deal as lost, saying why'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a deal and its history'
complete -c carnet -n "__fish_carnet_using_subcommand deal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "add" -d 'Log a call, email, visit… with an optional follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "list" -d 'List interactions, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "show" -d 'Show one interaction'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "edit" -d 'Change an interaction (an empty --note or --follow-up clears it)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "rm" -d 'Delete an interaction'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "done" -d 'Close an open follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "snooze" -d 'Move an open follow-up to a later day (counted from today)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "due" -d 'Open follow-ups due today or earlier (or within a period ahead)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and not __fish_seen_subcommand_from add list show edit rm done snooze due help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l kind -d 'call, email, visit, meeting, sms, note (config: interaction_kinds)' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -s n -l note -d 'What was said or done' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l at -d 'When it happened (default now): a date, yesterday, -2d, or RFC 3339' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l deal -d 'The deal it is about' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l follow-up -d 'When to get back to them' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -s c -l contact -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l kind -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l deal -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l since -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l until -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -s n -l limit -d 'At most this many rows (up to a billion)' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l open -d 'Only those with an open follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l kind -d 'call, email, visit, meeting, sms, note (config: interaction_kinds)' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -s n -l note -d 'What was said or done' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l at -d 'When it happened (default now): a date, yesterday, -2d, or RFC 3339' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l deal -d 'The deal it is about' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l follow-up -d 'When to get back to them' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -s y -l yes
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from snooze" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l within -d 'Look this far ahead: 7d, 2w' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from due" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "add" -d 'Log a call, email, visit… with an optional follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "list" -d 'List interactions, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one interaction'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an interaction (an empty --note or --follow-up clears it)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an interaction'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "done" -d 'Close an open follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "snooze" -d 'Move an open follow-up to a later day (counted from today)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "due" -d 'Open follow-ups due today or earlier (or within a period ahead)'
complete -c carnet -n "__fish_carnet_using_subcommand interaction; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "add" -d 'Open a service request for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "list" -d 'List service requests (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "show" -d 'Show a service request with its history'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "move" -d 'Move an open request to another status (ready tells the customer)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "note" -d 'Add a note to a request\'s history (it answers a complaint)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "close" -d 'Close a request: collected (optionally recording what was charged) or cancelled'
complete -c carnet -n "__fish_carnet_using_subcommand service; and not __fish_seen_subcommand_from add list show move note close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l what -d 'What it is about: the item and the work' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l kind -d 'repair, alteration, order, complaint, other (config service.kinds)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l promised -d 'When it was promised: a date, +3d, friday…' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l quote -d 'The price quoted: 45, 45,50' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l status -d 'The starting status (default: the first configured one)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l date -d 'The day it came in (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l status -d 'Requests in this status (open or closed)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l kind -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -s c -l contact -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l late -d 'Open requests past their promised day, not ready yet'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l closed -d 'Closed requests only'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l all -d 'Open and closed requests'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l notify -d 'Send the status\'s message by email or SMS through the shop\'s account'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l charge -d 'What was charged, recorded as a purchase: 52, 52,50' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l reason -d 'Why it was cancelled (kept in the history)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l date -d 'The day it was collected or cancelled (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l collected -d 'The customer collected it'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l cancelled -d 'It will not be done'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "add" -d 'Open a service request for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List service requests (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a service request with its history'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move an open request to another status (ready tells the customer)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note to a request\'s history (it answers a complaint)'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a request: collected (optionally recording what was charged) or cancelled'
complete -c carnet -n "__fish_carnet_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l within -d 'Look this far ahead: 3d, 1w (default: today; 60d with --format ics)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l mail-to -d 'Mail the digest to this address through the `[send]` account (nothing is sent when nothing is due)' -r
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand remind" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand remind" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand remind" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "rfm" -d 'RFM: who your best customers are, who is slipping away'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "value-matrix" -d 'The customer value matrix: visits against average purchase'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "pareto" -d 'How concentrated revenue is: top customers\' share and ABC classes'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "pipeline" -d 'Open deals by stage, the weighted forecast by month, win rate, late deals'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "consent" -d 'Consent: contacts per channel and status, grants and withdrawals per month'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "clv" -d 'Lifetime value: who is likely to come back, how often, for how much'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "profitability" -d 'Current against potential value: who to keep, grow, maintain or let be'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "categories" -d 'What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "channels" -d 'Where customers buy: per sales channel, and who uses several'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "migration" -d 'How customers moved between RFM segments from one date to another'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "cohorts" -d 'Cohort retention: of the customers who first came in a period, how many come back'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "dashboard" -d 'The shop on one page: a self-contained HTML file of charts, printable on A4'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "service" -d 'Service requests: open ones by status and age, turnaround, promises kept, complaints'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "satisfaction" -d 'What customers think: NPS and mean score by month or segment, with intervals'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "loyalty-matrix" -d 'The loyalty matrix: latest satisfaction against visit frequency (Dick & Basu)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "loyalty" -d 'The loyalty card: members, points outstanding, rewards, members\' visits'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "refresh" -d 'Work out again the figures a big shop\'s contact cards place each customer among'
complete -c carnet -n "__fish_carnet_using_subcommand report; and not __fish_seen_subcommand_from rfm value-matrix pareto pipeline consent clv profitability categories channels migration cohorts dashboard service satisfaction loyalty-matrix loyalty refresh help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l frequency-basis -d 'Count visits as distinct days (default) or as purchases' -r -f -a "days\t'Distinct purchase days (visits)'
rows\t'Purchase rows'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l segment -d 'Only customers of this segment (implies --customers)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l by -d 'Score each contact (default), or each company as one customer: its own purchases and its people\'s' -r -f -a "contact\t''
company\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l customers -d 'One row per customer instead of the summary'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l bounds -d 'Print the score bounds as records (the table view shows them below the summary)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from rfm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l frequency-basis -d 'Count visits as distinct days (default) or as purchases' -r -f -a "days\t'Distinct purchase days (visits)'
rows\t'Purchase rows'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l active-days -d 'The activity window in days, up to 100 years (default: config value_matrix.active_days)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l include-inactive -d 'Keep every customer in the matrix, however long ago they bought'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l customers -d 'One row per customer instead of the matrix'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from value-matrix" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l since -d 'First day of the period (default: the first purchase)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l until -d 'Last day of the period (default: today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l customers -d 'One row per customer with revenue, cumulative share and ABC class'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l classes -d 'One row per ABC class: its customers and revenue, and their shares'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pareto" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l since -d 'Start of the period for the win rate (default: 365 days before --until)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l until -d 'End of the period for the win rate (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l by-month -d 'Rows by expected close month instead of by stage'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l summary -d 'One record of the whole pipeline: open deals, their total and weighted forecast, won, lost, win rate, days to win, late deals'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from pipeline" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from consent" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l as-of -d 'Fit on purchases up to this day (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l horizon -d 'How far ahead: 52w (default), 26w, 12m, 365d' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l discount-rate -d 'A yearly discount rate such as 10%, applied per week' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l sort -d 'Order of the customer rows' -r -f -a "clv\t''
p-alive\t''
expected-visits\t''
id\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -s n -l limit -d 'At most this many rows (up to a billion)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l segment -d 'Only customers of this RFM segment (implies --customers)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l holdout-until -d 'Check the predictions: fit up to --as-of, compare with what customers did up to this day' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l customers -d 'One row per customer'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l model -d 'Print only the fitted models'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from clv" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l as-of -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l current -d 'The window of current value: 12m (default), 6m, 365d' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l horizon -d 'The horizon of potential value (as `report clv --horizon`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l from -d 'Also compute the matrix as of this earlier day and list who moved' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l customers -d 'One row per customer'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from profitability" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l cross -d 'The pairs of categories bought by the same customers, with their lift'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l customers -d 'One row per customer: recency, frequency, amount and what they buy (FRAT)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from categories" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from channels" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l from -d 'The earlier day' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l to -d 'The later day (default: today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l category -d 'Only purchases of this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l channel -d 'Only purchases made on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from migration" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l by -d 'Group customers by the month or the quarter of their first visit' -r -f -a "month\t''
quarter\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l since -d 'Only the cohorts from this day\'s period on (default: every one)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l summary -d 'One record: cohorts, customers, churn rate and median lifetime'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from cohorts" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l out -d 'The HTML file to write' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l as-of -d 'Compute as of this day: later purchases are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l force -d 'Replace the file if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l since -d 'Start of the period (default: 365 days before --until)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l until -d 'End of the period (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l by -d 'One table: open requests by status, closed ones by kind, or complaints by month (a table shows all three without it; CSV shows by status)' -r -f -a "status\t''
kind\t''
month\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l by -d 'Group the answers by month or by saved segment' -r -f -a "month\t''
segment\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l since -d 'The first day of answers looked at (default a year before --until)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l until -d 'The last day of answers looked at (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from satisfaction" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l as-of -d 'Compute as of this day: later purchases and answers are ignored (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l cell -d 'Only customers of this cell: true, latent, spurious, none, no_answer (implies --customers)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l customers -d 'One row per customer instead of the matrix'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty-matrix" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l as-of -d 'Compute as of this day (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l by-month -d 'Rewards redeemed per month instead of the figures'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from loyalty" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "rfm" -d 'RFM: who your best customers are, who is slipping away'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "value-matrix" -d 'The customer value matrix: visits against average purchase'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "pareto" -d 'How concentrated revenue is: top customers\' share and ABC classes'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "pipeline" -d 'Open deals by stage, the weighted forecast by month, win rate, late deals'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "consent" -d 'Consent: contacts per channel and status, grants and withdrawals per month'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "clv" -d 'Lifetime value: who is likely to come back, how often, for how much'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "profitability" -d 'Current against potential value: who to keep, grow, maintain or let be'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "categories" -d 'What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "channels" -d 'Where customers buy: per sales channel, and who uses several'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "migration" -d 'How customers moved between RFM segments from one date to another'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "cohorts" -d 'Cohort retention: of the customers who first came in a period, how many come back'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'The shop on one page: a self-contained HTML file of charts, printable on A4'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "service" -d 'Service requests: open ones by status and age, turnaround, promises kept, complaints'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "satisfaction" -d 'What customers think: NPS and mean score by month or segment, with intervals'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "loyalty-matrix" -d 'The loyalty matrix: latest satisfaction against visit frequency (Dick & Basu)'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "loyalty" -d 'The loyalty card: members, points outstanding, rewards, members\' visits'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Work out again the figures a big shop\'s contact cards place each customer among'
complete -c carnet -n "__fish_carnet_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "add" -d 'Save a segment: a name and criteria (AND between criteria, OR within one)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "list" -d 'List saved and built-in segments with their live member counts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "show" -d 'List a segment\'s members'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "edit" -d 'Change a saved segment: each criterion given replaces that criterion'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "rm" -d 'Delete a saved segment (the contacts are untouched)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "export" -d 'Export a segment\'s members as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and not __fish_seen_subcommand_from add list show edit rm export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l tag -d 'Has this tag' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l rfm -d 'In this RFM segment (e.g. "at risk", champions)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l cell -d 'In this value-matrix cell: best, frequent, spenders, uncertain, inactive' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l spent -d 'Total spent between: 100..500, 100.., ..50' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l visits -d 'Number of visits (purchase days) between: 3.., 1..2' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l last-purchase-before -d 'Last purchase before a date or N days ago (90d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l last-purchase-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l first-purchase-before -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l first-purchase-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l city -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l postcode -d 'A postcode, or a prefix ending in * (69*)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l has -d 'Can be reached by email or phone' -r -f -a "email\t''
phone\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l birthday-month -d 'Birthday in this month (1–12)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l created-before -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l created-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l bought -d 'Bought this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l bought-since -d 'With --bought: bought it on or after a date or N days ago (365d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l not-bought -d 'Never bought this category' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l channel -d 'Bought at least once on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l loyalty -d 'In this cell of the loyalty matrix: true, latent, spurious, none, no_answer' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l description -d 'A line saying what the segment is for' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l as-of -d 'Count as of this day (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l as-of -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l tag -d 'Has this tag' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l rfm -d 'In this RFM segment (e.g. "at risk", champions)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l cell -d 'In this value-matrix cell: best, frequent, spenders, uncertain, inactive' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l spent -d 'Total spent between: 100..500, 100.., ..50' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l visits -d 'Number of visits (purchase days) between: 3.., 1..2' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l last-purchase-before -d 'Last purchase before a date or N days ago (90d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l last-purchase-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l first-purchase-before -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l first-purchase-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l city -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l postcode -d 'A postcode, or a prefix ending in * (69*)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l has -d 'Can be reached by email or phone' -r -f -a "email\t''
phone\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l birthday-month -d 'Birthday in this month (1–12)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l created-before -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l created-after -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l bought -d 'Bought this category (see `carnet purchase categories list`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l bought-since -d 'With --bought: bought it on or after a date or N days ago (365d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l not-bought -d 'Never bought this category' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l channel -d 'Bought at least once on this sales channel (shop, market, online...)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l loyalty -d 'In this cell of the loyalty matrix: true, latent, spurious, none, no_answer' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l drop -d 'Remove a criterion (tag, rfm, cell, spent, visits, last-purchase-before, …)' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l rename -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l description -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -s o -l out -d 'Write to this file instead of stdout (never the database; an existing file only with --force)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l as-of -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l force -d 'Replace the --out file if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a segment: a name and criteria (AND between criteria, OR within one)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List saved and built-in segments with their live member counts'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "show" -d 'List a segment\'s members'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a saved segment: each criterion given replaces that criterion'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a saved segment (the contacts are untouched)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a segment\'s members as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand segment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -f -a "list" -d 'Every tag, with how many contacts bear it, most used first'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -f -a "rename" -d 'Spell a tag another way, on every contact and saved segment'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -f -a "merge" -d 'Put every contact of one tag under another, and drop the first'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and not __fish_seen_subcommand_from list rename merge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from merge" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every tag, with how many contacts bear it, most used first'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Spell a tag another way, on every contact and saved segment'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Put every contact of one tag under another, and drop the first'
complete -c carnet -n "__fish_carnet_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "grant" -d 'Record an opt-in, with how it was given and the wording agreed to'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "withdraw" -d 'Record a withdrawal (no reason needed; it always wins). Works on a bare address too'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "soft-opt-in" -d 'Record that an existing customer was told they could refuse similar offers (soft opt-in)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "bounce" -d 'Record a bounce (the address does not work)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "void" -d 'Cancel a mistaken event by recording a void (history is never edited)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "show" -d 'The current status per channel'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "history" -d 'Every consent event of a contact, with proofs and wordings'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "import" -d 'Import consent events from CSV: each row needs its date, method and wording'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "text" -d 'The wordings people agree to, stored once by their hash'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "unsubscribe-from" -d 'Take unsubscribes and bounces back: a folder of .eml, an mbox, or a Brevo/Mailchimp CSV'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "verify" -d 'Check that the consent history was not changed behind carnet\'s back'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and not __fish_seen_subcommand_from grant withdraw soft-opt-in bounce void show history import text unsubscribe-from verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l channel -r -f -a "email\t''
sms\t''
phone\t''
post\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l method -r -f -a "paper-form\t''
in-person\t''
web-form\t''
email-reply\t''
phone\t''
import\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l wording -d 'The wording agreed to: a wording id or hash, or a file to store' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l source -d 'The proof: "signed card #12", "web form 2024-06-20 10:31"' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l at -d 'When it was given (default today); may be in the past' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l channel -r -f -a "email\t''
sms\t''
phone\t''
post\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l at -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l source -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l all -d 'Every channel'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l channel -r -f -a "email\t''
sms\t''
phone\t''
post\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l source -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l at -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from soft-opt-in" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l channel -r -f -a "email\t''
sms\t''
phone\t''
post\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l source -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l at -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from bounce" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from void" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l dry-run
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -f -a "add" -d 'Store a wording from a file (the same text twice is stored once)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -f -a "list" -d 'List stored wordings'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from text" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from unsubscribe-from" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l against -d 'A backup (`carnet backup`): check that today\'s history still extends the one it holds' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l head -d 'A head printed by an earlier `consent verify`, or recorded by a backup, a launch file or a privacy export (N:HASH)' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Record an opt-in, with how it was given and the wording agreed to'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Record a withdrawal (no reason needed; it always wins). Works on a bare address too'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "soft-opt-in" -d 'Record that an existing customer was told they could refuse similar offers (soft opt-in)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "bounce" -d 'Record a bounce (the address does not work)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "void" -d 'Cancel a mistaken event by recording a void (history is never edited)'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "show" -d 'The current status per channel'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every consent event of a contact, with proofs and wordings'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import consent events from CSV: each row needs its date, method and wording'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "text" -d 'The wordings people agree to, stored once by their hash'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "unsubscribe-from" -d 'Take unsubscribes and bounces back: a folder of .eml, an mbox, or a Brevo/Mailchimp CSV'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check that the consent history was not changed behind carnet\'s back'
complete -c carnet -n "__fish_carnet_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -f -a "export" -d 'Everything carnet holds about a person, as one JSON document (access, portability)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -f -a "forget" -d 'Erase a person\'s personal data; purchases stay, anonymous, so totals stay true'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -f -a "review" -d 'Contacts with no purchase, interaction or consent event for a long time'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and not __fish_seen_subcommand_from export forget review help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -s y -l yes
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l older-than -d 'How long without activity: 3y, 18m, 900d' -r
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l forget -d 'Erase them all (after confirmation)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -s y -l yes
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "export" -d 'Everything carnet holds about a person, as one JSON document (access, portability)'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Erase a person\'s personal data; purchases stay, anonymous, so totals stay true'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "review" -d 'Contacts with no purchase, interaction or consent event for a long time'
complete -c carnet -n "__fish_carnet_using_subcommand privacy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "create" -d 'Prepare a campaign: a segment, a channel, an optional control group'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "list" -d 'List campaigns'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "show" -d 'One campaign: its settings, its message, and whom it reached'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "preview" -d 'The audience, and everyone left out with the reason'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "launch" -d 'Freeze the audience, record the sends, write the file for your mail or SMS tool'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "report" -d 'Recipients against the control group: who bought, revenue per head, lift'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "edit" -d 'Set what a campaign costs, before or after its launch'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "send" -d 'Send a launched campaign through the shop\'s mail account or SMS provider'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "rm" -d 'Delete a campaign (and, for a launched one, its record of sends)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and not __fish_seen_subcommand_from create list show preview launch report edit send rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l channel -r -f -a "email\t''
sms\t''
phone\t''
post\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l segment -d 'A saved segment or a built-in one (an RFM segment or value cell)' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l holdout -d 'Share of the eligible audience held back as a control group: 10%' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l message -d 'The message, from a file' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l seed -d 'The seed of the control-group draw (default: from the name)' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l cost-per-contact -d 'What reaching one person costs (a stamp, an SMS): 0,85' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l fixed-cost -d 'What the campaign costs however many it reaches (design, printing): 120' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l summary -d 'Only the counts, cost and break-even, as one record'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l out -d 'recipients.csv (mail merge) or recipients.vcf (never the database; an existing file only with --force)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l force -d 'Replace the --out file if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from launch" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l window -d 'How long after the launch purchases count (default 30d)' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l cost-per-contact -d 'What reaching one person costs (a stamp, an SMS): 0,85' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l fixed-cost -d 'What the campaign costs however many it reaches (design, printing): 120' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l dry-run -d 'Write each message as an .eml file into this folder instead of sending' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l test -d 'Send one message, filled with the first recipient\'s fields, to this address' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l force -d 'With --dry-run: replace .eml files already in the folder'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l resend-uncertain -d 'Send again the messages an interrupted send left uncertain (they may have left: look in the account\'s Sent folder first)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -s y -l yes
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "create" -d 'Prepare a campaign: a segment, a channel, an optional control group'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "list" -d 'List campaigns'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "show" -d 'One campaign: its settings, its message, and whom it reached'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "preview" -d 'The audience, and everyone left out with the reason'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "launch" -d 'Freeze the audience, record the sends, write the file for your mail or SMS tool'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "report" -d 'Recipients against the control group: who bought, revenue per head, lift'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Set what a campaign costs, before or after its launch'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a launched campaign through the shop\'s mail account or SMS provider'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a campaign (and, for a launched one, its record of sends)'
complete -c carnet -n "__fish_carnet_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -f -a "list" -d 'List past imports'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -f -a "undo" -d 'Remove exactly what an import added (and the contacts it created, unless something else now refers to them)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and not __fish_seen_subcommand_from list undo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "list" -d 'List past imports'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove exactly what an import added (and the contacts it created, unless something else now refers to them)'
complete -c carnet -n "__fish_carnet_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand backup" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -f -a "copy" -d 'Copy every table to an empty database of the other engine, all or nothing, and check the copy'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -f -a "grant" -d 'Make a PostgreSQL login staff or owner of this shop (or take it out with --revoke)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -f -a "roles" -d 'Who is staff and who is owner of this PostgreSQL database'
complete -c carnet -n "__fish_carnet_using_subcommand db; and not __fish_seen_subcommand_from copy grant roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The target: a postgres:// URL, or the path of a new SQLite file' -r
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l staff -d 'Make it staff: look up and record, never export, erase or import'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l owner -d 'Make it an owner: everything staff may, and the owner actions'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l revoke -d 'Take it out of both roles (the login itself stays)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every table to an empty database of the other engine, all or nothing, and check the copy'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Make a PostgreSQL login staff or owner of this shop (or take it out with --revoke)'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Who is staff and who is owner of this PostgreSQL database'
complete -c carnet -n "__fish_carnet_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "path" -d 'Print the path of the config file (it need not exist)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "show" -d 'Print the config in effect, defaults included, as TOML'
complete -c carnet -n "__fish_carnet_using_subcommand config; and not __fish_seen_subcommand_from path show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file (it need not exist)'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the config in effect, defaults included, as TOML'
complete -c carnet -n "__fish_carnet_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -f -a "add" -d 'Record one answer: a score on the NPS scale (0–10) or on a 1–5 scale'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -f -a "import" -d 'Import a form\'s answers from a CSV file (contact, date, score, comment)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -f -a "list" -d 'List answers, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and not __fish_seen_subcommand_from add import list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l score -d 'The score: 0–10 on the NPS scale, 1–5 on the 5-point scale' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l scale -d 'nps (0–10, the default) or 5 (1–5)' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l about -d 'What the answer is about: service:N (a service request)' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l comment -d 'What they wrote' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l date -d 'The day of the answer (default today)' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l scale -d 'The scale of the file\'s scores, unless a `scale` column says: nps or 5' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -s c -l contact -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l since -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l until -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record one answer: a score on the NPS scale (0–10) or on a 1–5 scale'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a form\'s answers from a CSV file (contact, date, score, comment)'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from help" -f -a "list" -d 'List answers, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand satisfaction; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -f -a "join" -d 'Give a contact the card: their purchases from that day earn points (or stamps)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -f -a "redeem" -d 'Spend points on a reward (by its name or its rank, 1 the cheapest)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -f -a "history" -d 'A member\'s points: what each purchase, refund and reward did, and the balance'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and not __fish_seen_subcommand_from join redeem history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l on -d 'The day they joined (default today): purchases from that day earn' -r
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from redeem" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from help" -f -a "join" -d 'Give a contact the card: their purchases from that day earn points (or stamps)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from help" -f -a "redeem" -d 'Spend points on a reward (by its name or its rank, 1 the cheapest)'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from help" -f -a "history" -d 'A member\'s points: what each purchase, refund and reward did, and the balance'
complete -c carnet -n "__fish_carnet_using_subcommand loyalty; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l within -d 'How far ahead the calendar looks (default 60d, as `remind --format ics`)' -r
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l contacts -d 'Only the contacts (CardDAV)'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l calendar -d 'Only the reminders (CalDAV)'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l dry-run -d 'List what would be created, updated and deleted; send nothing'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l overwrite -d 'Replace entries that were changed on the server'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l report-new -d 'Print the cards on the server that carnet did not put there (made on a phone), as vCards, for `contact import`'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand sync" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l customers -d 'How many customers (1 to 1,000,000)' -r
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l seed -d 'The same seed gives the same shop' -r
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l force -d 'Replace a target file that already holds data'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand demo" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand completions" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand man" -l db -d 'The database file (overrides CARNET_DB and the config file)' -r -F
complete -c carnet -n "__fish_carnet_using_subcommand man" -l format -d 'Output format: table for people, json or csv for scripts (vcf where contacts are exported, ics for remind), or xlsx: an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the config\'s `format`' -r -f -a "table\t''
json\t''
csv\t''
vcf\t'vCard, for contact exports'
ics\t'iCalendar, for `remind`'
xlsx\t'An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`)'"
complete -c carnet -n "__fish_carnet_using_subcommand man" -l lang -d 'The language of tables and messages: en or fr (default: the config\'s `language`, else the locale). JSON and CSV never change' -r
complete -c carnet -n "__fish_carnet_using_subcommand man" -l color -d 'Colour in tables and the reminder digest: auto (on a terminal, unless NO_COLOR is set), always (e.g. for `| less -R`) or never' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (<https://no-color.org>)'
always\t''
never\t''"
complete -c carnet -n "__fish_carnet_using_subcommand man" -s q -l quiet -d 'Print no messages on stderr; commands that create something print only its id on stdout'
complete -c carnet -n "__fish_carnet_using_subcommand man" -l excel -d 'CSV for a French spreadsheet: a byte-order mark, `;` between fields, decimal commas (implies --format csv; also `[csv] excel`). Plain --format csv stays the stable form for scripts'
complete -c carnet -n "__fish_carnet_using_subcommand man" -l no-pager -d 'Never page long output (by default a terminal\'s long output goes through $PAGER or `less -FRX`; a pipe never does)'
complete -c carnet -n "__fish_carnet_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c carnet -n "__fish_carnet_using_subcommand man" -s V -l version -d 'Print version'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "contact" -d 'Keep your customer file: add, find, edit, merge, import and export contacts'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "purchase" -d 'Record what customers bought, import sales from a spreadsheet'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "deal" -d 'Deals: quotes and special orders moving through stages'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "interaction" -d 'The interaction log: calls, visits, emails, and their follow-ups'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "service" -d 'Service requests: repairs, alterations, orders to collect, complaints'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "remind" -d 'Today\'s digest of follow-ups, cadences, birthdays and late deals (for cron)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "report" -d 'Reports: RFM segments, the value matrix, Pareto/ABC, segment migration'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "segment" -d 'Saved segments: named filters over your customers, evaluated live'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "tag" -d 'The shop\'s tags: how many contacts bear each; rename or merge one everywhere'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "consent" -d 'Opt-in consent per channel, kept as a history you can prove'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "privacy" -d 'Privacy requests: export everything about a person, erase them, review old contacts'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "campaign" -d 'Campaigns to a segment that respect consent, with a control group to measure them'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "import" -d 'See past imports and undo one'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "backup" -d 'Copy the whole database to a file, safely while carnet is in use (for cron)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "db" -d 'The database itself: copy a shop between a SQLite file and PostgreSQL; who may do what on a server'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "config" -d 'Show where the config file is and what it says'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "satisfaction" -d 'What customers think: record survey answers (NPS or 1–5), import a form\'s CSV'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "loyalty" -d 'The loyalty card: join, redeem rewards, see a member\'s points'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "sync" -d 'Push the contacts and reminders to the phone: a CardDAV address book, a CalDAV calendar'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "demo" -d 'Build a demo shop with realistic customers and purchases to try carnet on'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "man" -d 'Print the manual page (roff), of carnet or of one of its commands'
complete -c carnet -n "__fish_carnet_using_subcommand help; and not __fish_seen_subcommand_from contact purchase deal interaction service remind report segment tag consent privacy campaign import backup db config satisfaction loyalty sync demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact (asks for the fields on a terminal when --name is missing)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List contacts, with filters and sorting'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "show" -d 'Show one contact\'s whole card and purchase summary'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "edit" -d 'Change fields of a contact (an empty value clears a field)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "tag" -d 'Add tags to a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "untag" -d 'Remove tags from a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "archive" -d 'Hide a contact from lists without deleting anything (--undo brings it back)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "rm" -d 'Delete a contact and everything attached to it'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "merge" -d 'Merge OTHER into KEEP: histories moved, tags united, empty fields filled'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "duplicates" -d 'List contacts that are probably one person (same email, phone or name), to merge'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "import" -d 'Import contacts from a CSV or vCard (.vcf) file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "export" -d 'Export contacts as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "add" -d 'Record a purchase (a negative amount is a refund)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "list" -d 'List purchases, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "rm" -d 'Delete a purchase recorded by mistake'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "categories" -d 'What customers buy: list, rename and merge the categories'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "import" -d 'Import purchases from a CSV file, all or nothing'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from purchase" -f -a "export" -d 'Export purchases as CSV (the import\'s columns) or JSON'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "add" -d 'Open a deal for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "list" -d 'List deals (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "show" -d 'Show a deal with its stage history'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "edit" -d 'Change a deal\'s title, amount, expected close or notes'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "move" -d 'Move an open deal to another stage'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "won" -d 'Close a deal as won (--record-purchase counts it as a purchase)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "lost" -d 'Close a deal as lost, saying why'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from deal" -f -a "rm" -d 'Delete a deal and its history'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "add" -d 'Log a call, email, visit… with an optional follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "list" -d 'List interactions, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "show" -d 'Show one interaction'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "edit" -d 'Change an interaction (an empty --note or --follow-up clears it)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "rm" -d 'Delete an interaction'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "done" -d 'Close an open follow-up'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "snooze" -d 'Move an open follow-up to a later day (counted from today)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from interaction" -f -a "due" -d 'Open follow-ups due today or earlier (or within a period ahead)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "add" -d 'Open a service request for a contact'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'List service requests (open ones by default)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "show" -d 'Show a service request with its history'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "move" -d 'Move an open request to another status (ready tells the customer)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "note" -d 'Add a note to a request\'s history (it answers a complaint)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "close" -d 'Close a request: collected (optionally recording what was charged) or cancelled'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "rfm" -d 'RFM: who your best customers are, who is slipping away'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "value-matrix" -d 'The customer value matrix: visits against average purchase'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "pareto" -d 'How concentrated revenue is: top customers\' share and ABC classes'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "pipeline" -d 'Open deals by stage, the weighted forecast by month, win rate, late deals'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "consent" -d 'Consent: contacts per channel and status, grants and withdrawals per month'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "clv" -d 'Lifetime value: who is likely to come back, how often, for how much'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "profitability" -d 'Current against potential value: who to keep, grow, maintain or let be'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "categories" -d 'What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "channels" -d 'Where customers buy: per sales channel, and who uses several'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "migration" -d 'How customers moved between RFM segments from one date to another'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "cohorts" -d 'Cohort retention: of the customers who first came in a period, how many come back'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "dashboard" -d 'The shop on one page: a self-contained HTML file of charts, printable on A4'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "service" -d 'Service requests: open ones by status and age, turnaround, promises kept, complaints'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "satisfaction" -d 'What customers think: NPS and mean score by month or segment, with intervals'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "loyalty-matrix" -d 'The loyalty matrix: latest satisfaction against visit frequency (Dick & Basu)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "loyalty" -d 'The loyalty card: members, points outstanding, rewards, members\' visits'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "refresh" -d 'Work out again the figures a big shop\'s contact cards place each customer among'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "add" -d 'Save a segment: a name and criteria (AND between criteria, OR within one)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "list" -d 'List saved and built-in segments with their live member counts'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "show" -d 'List a segment\'s members'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "edit" -d 'Change a saved segment: each criterion given replaces that criterion'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "rm" -d 'Delete a saved segment (the contacts are untouched)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from segment" -f -a "export" -d 'Export a segment\'s members as CSV, JSON or vCard (--format csv|json|vcf)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'Every tag, with how many contacts bear it, most used first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "rename" -d 'Spell a tag another way, on every contact and saved segment'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "merge" -d 'Put every contact of one tag under another, and drop the first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "grant" -d 'Record an opt-in, with how it was given and the wording agreed to'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "withdraw" -d 'Record a withdrawal (no reason needed; it always wins). Works on a bare address too'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "soft-opt-in" -d 'Record that an existing customer was told they could refuse similar offers (soft opt-in)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "bounce" -d 'Record a bounce (the address does not work)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "void" -d 'Cancel a mistaken event by recording a void (history is never edited)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "show" -d 'The current status per channel'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "history" -d 'Every consent event of a contact, with proofs and wordings'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "import" -d 'Import consent events from CSV: each row needs its date, method and wording'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "text" -d 'The wordings people agree to, stored once by their hash'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "unsubscribe-from" -d 'Take unsubscribes and bounces back: a folder of .eml, an mbox, or a Brevo/Mailchimp CSV'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "verify" -d 'Check that the consent history was not changed behind carnet\'s back'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "export" -d 'Everything carnet holds about a person, as one JSON document (access, portability)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "forget" -d 'Erase a person\'s personal data; purchases stay, anonymous, so totals stay true'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from privacy" -f -a "review" -d 'Contacts with no purchase, interaction or consent event for a long time'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "create" -d 'Prepare a campaign: a segment, a channel, an optional control group'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "list" -d 'List campaigns'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "show" -d 'One campaign: its settings, its message, and whom it reached'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "preview" -d 'The audience, and everyone left out with the reason'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "launch" -d 'Freeze the audience, record the sends, write the file for your mail or SMS tool'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "report" -d 'Recipients against the control group: who bought, revenue per head, lift'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "edit" -d 'Set what a campaign costs, before or after its launch'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "send" -d 'Send a launched campaign through the shop\'s mail account or SMS provider'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "rm" -d 'Delete a campaign (and, for a launched one, its record of sends)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "list" -d 'List past imports'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "undo" -d 'Remove exactly what an import added (and the contacts it created, unless something else now refers to them)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy every table to an empty database of the other engine, all or nothing, and check the copy'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "grant" -d 'Make a PostgreSQL login staff or owner of this shop (or take it out with --revoke)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "roles" -d 'Who is staff and who is owner of this PostgreSQL database'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file (it need not exist)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the config in effect, defaults included, as TOML'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from satisfaction" -f -a "add" -d 'Record one answer: a score on the NPS scale (0–10) or on a 1–5 scale'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from satisfaction" -f -a "import" -d 'Import a form\'s answers from a CSV file (contact, date, score, comment)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from satisfaction" -f -a "list" -d 'List answers, newest first'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from loyalty" -f -a "join" -d 'Give a contact the card: their purchases from that day earn points (or stamps)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from loyalty" -f -a "redeem" -d 'Spend points on a reward (by its name or its rank, 1 the cheapest)'
complete -c carnet -n "__fish_carnet_using_subcommand help; and __fish_seen_subcommand_from loyalty" -f -a "history" -d 'A member\'s points: what each purchase, refund and reward did, and the balance'
