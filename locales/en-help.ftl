# carnet's --help in languages other than its own English: the command
# tree's lines, flags and texts (loaded only to show --help in French; the
# English twins are the code's doc comments, tested equal).

## --help (the English is the tree's own: these are its French twins' reference)
help-about = A customer file for small shops: contacts, purchases and what they tell you
help-cmd-contact = Keep your customer file: add, find, edit, merge, import and export contacts
help-cmd-purchase = Record what customers bought, import sales from a spreadsheet
help-cmd-deal = Deals: quotes and special orders moving through stages
help-cmd-interaction = The interaction log: calls, visits, emails, and their follow-ups
help-cmd-remind = Today's digest of follow-ups, cadences, birthdays and late deals (for cron)
help-cmd-report = Reports: RFM segments, the value matrix, Pareto/ABC, segment migration
help-cmd-segment = Saved segments: named filters over your customers, evaluated live
help-cmd-consent = Opt-in consent per channel, kept as a history you can prove
help-cmd-privacy = Privacy requests: export everything about a person, erase them, review old contacts
help-cmd-campaign = Campaigns to a segment that respect consent, with a control group to measure them
help-cmd-import = See past imports and undo one
help-cmd-backup = Copy the whole database to a file, safely while carnet is in use (for cron)
help-cmd-config = Show where the config file is and what it says
help-cmd-demo = Build a demo shop with realistic customers and purchases to try carnet on
help-cmd-completions = Print a shell completion script
help-cmd-tag = The shop's tags: how many contacts bear each; rename or merge one everywhere
help-sub-tag-list = Every tag, with how many contacts bear it, most used first
help-sub-tag-rename = Spell a tag another way, on every contact and saved segment
help-sub-tag-merge = Put every contact of one tag under another, and drop the first
flag-tag-rename-from = The tag as it is now
flag-tag-rename-to = Its new spelling
flag-tag-merge-from = The tag that goes away
flag-tag-merge-into = The tag that receives its contacts
help-cmd-man = Print the manual page (roff), of carnet or of one of its commands
flag-man-command = A command (`contact`, `report`): its own page
help-flag-db = The database file (overrides CARNET_DB and the config file)
help-flag-format = Output format: table for people, json or csv for scripts, vcf, ics, or xlsx (a workbook)
help-flag-quiet = Print no messages on stderr
help-flag-lang = The language of tables and messages: en or fr
help-flag-excel = CSV for a French spreadsheet: a byte-order mark, ; between fields, decimal commas
help-flag-no-pager = Never page long output
help-flag-color = Colour: auto (a terminal, unless NO_COLOR is set), always or never

# --help of each subcommand: the command tree's own English, for the parity test.
help-sub-contact-add = Add a contact (asks for the fields on a terminal when --name is missing)
help-sub-contact-list = List contacts, with filters and sorting
help-sub-contact-show = Show one contact's whole card and purchase summary
help-sub-contact-edit = Change fields of a contact (an empty value clears a field)
help-sub-contact-tag = Add tags to a contact
help-sub-contact-untag = Remove tags from a contact
help-sub-contact-archive = Hide a contact from lists without deleting anything (--undo brings it back)
help-sub-contact-rm = Delete a contact and everything attached to it
help-sub-contact-merge = Merge OTHER into KEEP: histories moved, tags united, empty fields filled
help-sub-contact-duplicates = List contacts that are probably one person (same email, phone or name), to merge
help-sub-contact-import = Import contacts from a CSV or vCard (.vcf) file, all or nothing
help-sub-contact-export = Export contacts as CSV, JSON or vCard (--format csv|json|vcf)
help-sub-purchase-add = Record a purchase (a negative amount is a refund)
help-sub-purchase-list = List purchases, newest first
help-sub-purchase-rm = Delete a purchase recorded by mistake
help-sub-purchase-categories = What customers buy: list, rename and merge the categories
help-sub-purchase-import = Import purchases from a CSV file, all or nothing
help-sub-purchase-export = Export purchases as CSV (the import's columns) or JSON
help-sub-deal-add = Open a deal for a contact
help-sub-deal-list = List deals (open ones by default)
help-sub-deal-show = Show a deal with its stage history
help-sub-deal-edit = Change a deal's title, amount, expected close or notes
help-sub-deal-move = Move an open deal to another stage
help-sub-deal-won = Close a deal as won (--record-purchase counts it as a purchase)
help-sub-deal-lost = Close a deal as lost, saying why
help-sub-deal-rm = Delete a deal and its history
help-sub-interaction-add = Log a call, email, visit… with an optional follow-up
help-sub-interaction-list = List interactions, newest first
help-sub-interaction-show = Show one interaction
help-sub-interaction-edit = Change an interaction (an empty --note or --follow-up clears it)
help-sub-interaction-rm = Delete an interaction
help-sub-interaction-done = Close an open follow-up
help-sub-interaction-snooze = Move an open follow-up to a later day (counted from today)
help-sub-interaction-due = Open follow-ups due today or earlier (or within a period ahead)
help-sub-report-rfm = RFM: who your best customers are, who is slipping away
help-sub-report-value-matrix = The customer value matrix: visits against average purchase
help-sub-report-pareto = How concentrated revenue is: top customers' share and ABC classes
help-sub-report-pipeline = Open deals by stage, the weighted forecast by month, win rate, late deals
help-sub-report-consent = Consent: contacts per channel and status, grants and withdrawals per month
help-sub-report-clv = Lifetime value: who is likely to come back, how often, for how much
help-sub-report-profitability = Current against potential value: who to keep, grow, maintain or let be
help-sub-report-categories = What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together
help-sub-report-channels = Where customers buy: per sales channel, and who uses several
help-sub-report-migration = How customers moved between RFM segments from one date to another
help-sub-segment-add = Save a segment: a name and criteria (AND between criteria, OR within one)
help-sub-segment-list = List saved and built-in segments with their live member counts
help-sub-segment-show = List a segment's members
help-sub-segment-edit = Change a saved segment: each criterion given replaces that criterion
help-sub-segment-rm = Delete a saved segment (the contacts are untouched)
help-sub-segment-export = Export a segment's members as CSV, JSON or vCard (--format csv|json|vcf)
help-sub-consent-grant = Record an opt-in, with how it was given and the wording agreed to
help-sub-consent-withdraw = Record a withdrawal (no reason needed; it always wins). Works on a bare address too
help-sub-consent-soft-opt-in = Record that an existing customer was told they could refuse similar offers (soft opt-in)
help-sub-consent-bounce = Record a bounce (the address does not work)
help-sub-consent-void = Cancel a mistaken event by recording a void (history is never edited)
help-sub-consent-show = The current status per channel
help-sub-consent-history = Every consent event of a contact, with proofs and wordings
help-sub-consent-import = Import consent events from CSV: each row needs its date, method and wording
help-sub-consent-text = The wordings people agree to, stored once by their hash
help-sub-consent-verify = Check that the consent history was not changed behind carnet's back
help-sub-privacy-export = Everything carnet holds about a person, as one JSON document (access, portability)
help-sub-privacy-forget = Erase a person's personal data; purchases stay, anonymous, so totals stay true
help-sub-privacy-review = Contacts with no purchase, interaction or consent event for a long time
help-sub-campaign-create = Prepare a campaign: a segment, a channel, an optional control group
help-sub-campaign-list = List campaigns
help-sub-campaign-show = One campaign: its settings, its message, and whom it reached
help-sub-campaign-preview = The audience, and everyone left out with the reason
help-sub-campaign-launch = Freeze the audience, record the sends, write the file for your mail or SMS tool
help-sub-campaign-report = Recipients against the control group: who bought, revenue per head, lift
help-sub-campaign-edit = Set what a campaign costs, before or after its launch
help-sub-campaign-rm = Delete a campaign (and, for a launched one, its record of sends)
help-sub-import-list = List past imports
help-sub-import-undo = Remove exactly what an import added (and the contacts it created, unless something else now refers
help-sub-config-path = Print the path of the config file (it need not exist)
help-sub-config-show = Print the config in effect, defaults included, as TOML
help-sub-categories-list = Every category, with its purchases and customers, most bought first
help-sub-categories-rename = Spell a category another way (its purchases follow)
help-sub-categories-merge = Put the purchases of one category into another, and drop the first
help-sub-categories-cycle = Say how often a category is bought again, so `carnet remind` lists the customers due to renew it
help-usage = Usage:
help-commands = Commands
help-global-options = Global options
help-sub-text-add = Store a wording from a file (the same text twice is stored once)
help-sub-text-list = List stored wordings
help-flag-help = Print help
help-examples = Examples:

## The help line of each command's flags and arguments: `flag-ID` when the
## flag means the same everywhere, `flag-COMMAND-PATH-ID` otherwise. The English
## lines are the doc comments in the code (a test holds them equal).
flag-birthday = MM-DD, or YYYY-MM-DD when the year is known; DD/MM and DD/MM/YYYY in French (see `date_format` in the config)
flag-ref = The shop's own customer number (kept as text: 007 stays 007)
flag-email-type = The type of the primary email: home, work, other...
flag-phone-type = The type of the primary phone: cell, home, work...
flag-add-email = One more email, with its type in brackets if you like: "paul@work.fr (work)" (repeat for several; the first email is the primary one)
flag-add-phone = One more phone number: "04 78 00 00 00 (home)" (repeat for several)
flag-contact-add-tags = A tag (repeat for several)
flag-contact-add-name = The name, as you say it: "Hélène Dupont", "Atelier Roux"
flag-contact-add-email = The primary email (more with --add-email)
flag-contact-add-phone = The primary phone, written any way: "06 12 34 56 78", "+33 6 12 34 56 78" (more with --add-phone)
flag-contact-add-company = The company they work for or are
flag-contact-add-street = Street and number
flag-contact-add-postcode = Postcode
flag-contact-add-city = City
flag-contact-add-country = Country
flag-contact-add-notes = Free notes about them
flag-contact-edit-name = The name, as you say it: "Hélène Dupont", "Atelier Roux"
flag-contact-edit-email = The primary email (more with --add-email)
flag-contact-edit-phone = The primary phone, written any way: "06 12 34 56 78", "+33 6 12 34 56 78" (more with --add-phone)
flag-contact-edit-company = The company they work for or are
flag-contact-edit-street = Street and number
flag-contact-edit-postcode = Postcode
flag-contact-edit-city = City
flag-contact-edit-country = Country
flag-contact-edit-notes = Free notes about them
flag-contact-add-allow-duplicate = Add it even when a contact with the same email or phone exists
flag-contact-add-every = Keep in touch this often (60d, 8w, 2m): `carnet remind` says when it is time
flag-contact-list-tags = Only contacts with this tag (repeat: all of them)
flag-search = Text in the name, ref, email, phone, company or city; ignores case and accents
flag-contact-list-archived = Only archived contacts
flag-contact-list-all = Archived and active contacts
flag-remove-email = Forget one of their emails (the next one becomes the primary)
flag-remove-phone = Forget one of their phone numbers
flag-primary-email = Make one of their other emails the primary one (campaigns write to it)
flag-primary-phone = Make one of their other numbers the primary one
flag-contact-edit-every = Keep in touch this often (60d, 8w, 2m); `none` stops it
flag-undo = Bring an archived contact back
flag-yes = Do not ask for confirmation (needed without a terminal)
flag-contact-merge-dry-run = Show what would change and change nothing
flag-by = Which signs count (comma-separated)
flag-contact-duplicates-archived = Look among archived contacts too
flag-contact-import-file = A .csv file, or a .vcf (vCard 3.0 or 4.0) file
flag-contact-import-dry-run = Check every row and report, but write nothing
flag-allow-reimport = Import a file with the same content as an earlier import
flag-contact-import-allow-duplicate = Add rows whose email or phone is already another contact's
flag-update = Update the contacts the file's rows are about (matched by ref, then email, then phone) instead of refusing them: empty fields filled, new emails, phones and tags added. Rows matching no one are added
flag-overwrite = With --update, also replace the fields the file gives differently
flag-contact-export-out = Write to this file instead of stdout (never the database; an existing file only with --force)
flag-contact-export-force = Replace the --out file if it exists
flag-contact-export-all = Include archived contacts
flag-purchase-add-contact = Who bought: id, ref, email or name
flag-purchase-add-amount = How much: 45.50, 45,50 or 1 234,50; negative for a refund
flag-purchase-add-date = The day of the purchase (default: today)
flag-order-ref = Your invoice or order number
flag-purchase-add-category = What was bought (bouquet, workshop, repair...): any words; `Bouquet` and `bouquet` are one category
flag-purchase-add-channel = Where it was sold: one of the config's sales_channels (shop, market, online, phone, fair by default)
flag-purchase-list-contact = Only this contact's purchases
flag-purchase-list-since = From this day on (YYYY-MM-DD, today, -30d)
flag-purchase-list-until = Up to and including this day
flag-purchase-list-category = Only purchases of this category
flag-purchase-list-channel = Only purchases made on this sales channel
flag-id = The purchase id (see `carnet purchase list`)
flag-purchase-categories-rename-from = The category as it is now (case and accents aside)
flag-purchase-categories-rename-to = Its new spelling
flag-purchase-categories-merge-from = The category that goes away
flag-into = The category that receives its purchases
flag-purchase-categories-cycle-category = The category (case and accents aside)
flag-cycle = 12m, 1y, 6w, 45d, measured or none
flag-date-format = How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern
flag-purchase-import-dry-run = Check every row and report, but write nothing
flag-map = Say which header is which column: "Code client=customer_id,Montant TTC=amount"
flag-purchase-import-strict = Refuse a file with columns carnet does not use (they are ignored otherwise)
flag-purchase-import-date-format = How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern (unset: the profile's, else settled by the file's values)
flag-purchase-import-map = Say which header is which column: "Code client=customer,Montant TTC=amount,Channel=ignore"
flag-purchase-import-profile = Read the file with this profile (see --profiles) instead of recognising it
flag-purchase-import-profiles = List the profiles carnet knows (built-in and the config's) and stop
flag-purchase-export-contact = Only this contact's purchases
flag-purchase-export-since = From this day on (YYYY-MM-DD, today, -30d)
flag-purchase-export-until = Up to and including this day
flag-purchase-export-category = Only purchases of this category
flag-purchase-export-channel = Only purchases made on this sales channel
flag-purchase-export-out = Write to this file instead of stdout (never the database; an existing file only with --force)
flag-purchase-export-force = Replace the --out file if it exists
flag-deal-add-amount = The deal's value: 2400, 2 400,00
flag-stage = The starting stage (default: the first configured one)
flag-deal-add-expected-close = Expected close: a date, +2w, +1m, friday…
flag-closed = Closed deals only
flag-deal-list-all = Open and closed deals
flag-deal-edit-expected-close = Expected close (an empty value clears it)
flag-record-purchase = Record the deal's amount as a purchase on the close date
flag-deal-won-date = The close date (default today)
flag-kind = call, email, visit, meeting, sms, note (config: interaction_kinds)
flag-note = What was said or done
flag-interaction-add-at = When it happened (default now): a date, yesterday, -2d, or RFC 3339
flag-deal = The deal it is about
flag-follow-up = When to get back to them
flag-open = Only those with an open follow-up
flag-interaction-edit-at = When it happened (default now): a date, yesterday, -2d, or RFC 3339
flag-interaction-due-within = Look this far ahead: 7d, 2w
flag-remind-within = Look this far ahead: 3d, 1w (default: today; 60d with --format ics)
flag-report-rfm-as-of = Compute as of this day: later purchases are ignored (default today)
flag-frequency-basis = Count visits as distinct days (default) or as purchases
flag-report-rfm-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-rfm-channel = Only purchases made on this sales channel (shop, market, online...)
flag-report-rfm-customers = One row per customer instead of the summary
flag-report-rfm-segment = Only customers of this segment (implies --customers)
flag-bounds = Print the score bounds as records (the table view shows them below the summary)
flag-report-value-matrix-as-of = Compute as of this day: later purchases are ignored (default today)
flag-report-value-matrix-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-value-matrix-channel = Only purchases made on this sales channel (shop, market, online...)
flag-active-days = The activity window in days, up to 100 years (default: config value_matrix.active_days)
flag-include-inactive = Keep every customer in the matrix, however long ago they bought
flag-report-value-matrix-customers = One row per customer instead of the matrix
flag-report-pareto-since = First day of the period (default: the first purchase)
flag-report-pareto-until = Last day of the period (default: today)
flag-report-pareto-customers = One row per customer with revenue, cumulative share and ABC class
flag-report-pareto-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-pareto-channel = Only purchases made on this sales channel (shop, market, online...)
flag-report-pipeline-since = Start of the period for the win rate (default: 365 days before --until)
flag-report-pipeline-until = End of the period for the win rate (default today)
flag-by-month = Rows by expected close month instead of by stage
flag-report-clv-as-of = Fit on purchases up to this day (default today)
flag-report-clv-horizon = How far ahead: 52w (default), 26w, 12m, 365d
flag-discount-rate = A yearly discount rate such as 10%, applied per week
flag-report-clv-customers = One row per customer
flag-sort = Order of the customer rows
flag-report-clv-segment = Only customers of this RFM segment (implies --customers)
flag-model = Print only the fitted models
flag-holdout-until = Check the predictions: fit up to --as-of, compare with what customers did up to this day
flag-report-clv-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-clv-channel = Only purchases made on this sales channel (shop, market, online...)
flag-current = The window of current value: 12m (default), 6m, 365d
flag-report-profitability-horizon = The horizon of potential value (as `report clv --horizon`)
flag-report-profitability-customers = One row per customer
flag-report-profitability-from = Also compute the matrix as of this earlier day and list who moved
flag-report-profitability-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-profitability-channel = Only purchases made on this sales channel (shop, market, online...)
flag-report-categories-as-of = Compute as of this day: later purchases are ignored (default today)
flag-cross = The pairs of categories bought by the same customers, with their lift
flag-report-categories-customers = One row per customer: recency, frequency, amount and what they buy (FRAT)
flag-report-channels-as-of = Compute as of this day: later purchases are ignored (default today)
flag-report-migration-from = The earlier day
flag-report-migration-to = The later day (default: today)
flag-report-migration-category = Only purchases of this category (see `carnet purchase categories list`)
flag-report-migration-channel = Only purchases made on this sales channel (shop, market, online...)
flag-segment-add-tags = Has this tag
flag-rfm = In this RFM segment (e.g. "at risk", champions)
flag-cells = In this value-matrix cell: best, frequent, spenders, uncertain, inactive
flag-spent = Total spent between: 100..500, 100.., ..50
flag-visits = Number of visits (purchase days) between: 3.., 1..2
flag-last-purchase-before = Last purchase before a date or N days ago (90d)
flag-postcodes = A postcode, or a prefix ending in * (69*)
flag-has = Can be reached by email or phone
flag-birthday-months = Birthday in this month (1–12)
flag-bought = Bought this category (see `carnet purchase categories list`)
flag-bought-since = With --bought: bought it on or after a date or N days ago (365d)
flag-not-bought = Never bought this category
flag-channels = Bought at least once on this sales channel (shop, market, online...)
flag-description = A line saying what the segment is for
flag-segment-list-as-of = Count as of this day (default today)
flag-segment-edit-tags = Has this tag
flag-drop = Remove a criterion (tag, rfm, cell, spent, visits, last-purchase-before, …)
flag-segment-export-out = Write to this file instead of stdout (never the database; an existing file only with --force)
flag-segment-export-force = Replace the --out file if it exists
flag-wording = The wording agreed to: a wording id or hash, or a file to store
flag-source = The proof: "signed card #12", "web form 2024-06-20 10:31"
flag-consent-grant-at = When it was given (default today); may be in the past
flag-who = A contact, or a bare email address or phone number
flag-consent-withdraw-all = Every channel
flag-event = The event id (see `carnet consent history`)
flag-older-than = How long without activity: 3y, 18m, 900d
flag-forget = Erase them all (after confirmation)
flag-campaign-create-segment = A saved segment or a built-in one (an RFM segment or value cell)
flag-holdout = Share of the eligible audience held back as a control group: 10%
flag-message = The message, from a file
flag-campaign-create-seed = The seed of the control-group draw (default: from the name)
flag-cost-per-contact = What reaching one person costs (a stamp, an SMS): 0,85
flag-fixed-cost = What the campaign costs however many it reaches (design, printing): 120
flag-campaign-launch-out = recipients.csv (mail merge) or recipients.vcf (never the database; an existing file only with --force)
flag-campaign-launch-force = Replace the --out file if it exists
flag-window = How long after the launch purchases count (default 30d)
flag-batch = The batch id shown by `carnet import list`
flag-backup-file = Where to write the copy (its folders are created)
flag-backup-force = Replace FILE if it exists
flag-demo-customers = How many customers (1 to 1,000,000)
flag-demo-seed = The same seed gives the same shop
flag-demo-force = Replace a target file that already holds data
help-flag-version = Print version
help-possible-values = {" "}[possible values: { $values }]
help-default = {" "}[default: { $value }]

## A command's text after its flags (rules, then examples), where it says
## more than examples: `help-after-PATH` (`root` for carnet itself). The
## English is the code's `after_help` (a test holds them equal).
help-after-backup =
    The copy is one SQLite file, readable by you only, that carnet opens as it is
    (carnet --db FILE ...). It is consistent even when taken while carnet writes,
    and compacted. A backup keeps what it held: after `privacy forget`, older
    backups still hold that person's data; delete or remake them.

    Examples:
      carnet backup ~/backups/shop-$(date +%F).db
      carnet backup /mnt/usb/shop.db --force
help-after-campaign-edit =
    Costs are used by `campaign preview` (break-even) and `campaign report`
    (return on investment). Set `[value] margin = "40%"` in the config to reason
    in margin rather than revenue.

    Example:
      carnet campaign edit spring-sale --cost-per-contact 0,85 --fixed-cost 120
help-after-consent-import =
    Columns: contact (id, ref or email), channel, action (grant, withdraw,
    soft_opt_in), date, method, wording (id or hash), source. A grant without
    date, method and wording refuses the whole file.

    Example:
      carnet consent import forms.csv
help-after-consent-verify =
    Each event carries a hash covering the one before it, its proof and the link to
    it, its wording and the contact it was recorded for; the suppression list is a
    chain of its own that starts from its key. verify recomputes them and names the
    first thing that no longer matches (exit 1). It prints the head (events:last
    hash): cutting the newest events is seen only against a witness, so keep the
    head elsewhere (--head) or keep backups (--against). It cannot stop someone
    who rebuilds every hash.

    Examples:
      carnet consent verify
      carnet consent verify --against ~/backups/shop-2026-12-01.db
      carnet consent verify --head 42:5f1c…
help-after-consent-withdraw =
    Examples:
      carnet consent withdraw helene@example.fr --channel email
      carnet consent withdraw "Paul Martin" --all
      carnet consent withdraw someone@example.com --all    # not a contact: suppressed
help-after-contact-duplicates =
    Contacts match by the same email (any case), the same phone number (its last
    nine digits: 06 12 34 56 78 is +33 6 12 34 56 78), or the same name (without
    case, accents or word order: DUPONT Hélène is Hélène Dupont) unless their
    emails or phones differ. Contacts linked through one another form one group,
    kept by its oldest contact. Nothing is changed: merge the pairs you agree with.

    Examples:
      carnet contact duplicates
      carnet contact duplicates --by email,phone
      carnet contact merge 12 31 --dry-run
help-after-contact-import =
    CSV columns (header required, any order): ref, name, email, phone, company,
    street, postcode, city, country, birthday, notes, tags (separated by ;).
    French and common exports headers are recognised too (nom, prénom, First Name,
    Last Name, E-mail 1 - Value, Phone 1 - Value from Google Contacts...).
    Only a name is required. The columns id, archived, created_at and updated_at
    that `contact export` writes are accepted and ignored.

    A row whose ref, email or phone is already a contact's is refused, unless
    --update: it then fills that contact's empty fields and adds its new emails,
    phones and tags (--overwrite also replaces the fields that differ). A row
    matching several contacts is never guessed: --dry-run lists it, and the
    import is refused until it is resolved.

    Examples:
      carnet contact import clients.csv --dry-run
      carnet contact import phone-export.vcf
      carnet contact import google.csv --update --dry-run
      carnet contact import google.csv --update --overwrite
help-after-contact-show =
    A contact is named by id, ref, email or name; id:12, ref:007, email:a@b.fr
    and name:Paul force one reading.

    Examples:
      carnet contact show 12
      carnet contact show ref:007 --format json
help-after-demo =
    Without --db or CARNET_DB the demo goes to demo.db in carnet's data folder,
    never into your real database.

    Examples:
      carnet demo
      carnet demo --db /tmp/shop.db --customers 100000 --seed 42
help-after-interaction-add =
    Follow-ups: +3d, +2w, +1m, tomorrow, a weekday (thursday), or a date.

    Examples:
      carnet interaction add "Mme Durand" --kind call --note "wants the blue vase" --follow-up thursday
      carnet interaction add 12 --kind visit --deal 4 --follow-up +2w
      carnet interaction add paul@example.fr --kind email --at 2024-06-01
help-after-privacy-forget =
    What goes: name, email, phone, address, birthday, notes, tags, interaction
    texts, deal notes, purchase notes and consent proof texts. The email and phone
    go on the suppression list as keyed hashes, so a later import cannot bring
    the person back into a campaign. The file is rebuilt so erased bytes leave it.

    Example:
      carnet privacy forget "Hélène Dupont" --yes
help-after-privacy-review =
    Examples:
      carnet privacy review                      # config privacy.retention, default 3y
      carnet privacy review --older-than 2y --forget --yes
help-after-purchase-add =
    Amounts: 45.50, 45,50, 45 or 1 234,50 (two decimals at most).
    Dates: YYYY-MM-DD, today, yesterday, or -3d for three days ago; 28/11/2026,
    28/11, aujourd'hui, hier, -3j with a French locale or date_format = "DD/MM/YYYY".

    Examples:
      carnet purchase add helene@example.fr 45,50
      carnet purchase add ref:007 120 --date 2024-03-14 --order-ref F-2024-031
      carnet purchase add 12 -15.00 --note "returned a mug"
help-after-purchase-categories-cycle =
    A customer is due once the cycle has passed since they last bought the
    category: `12m` is the same day a year later. `measured` uses the
    category's median repurchase cycle (see `carnet report categories`);
    `none` drops the cycle. A cycle set in the config
    ([categories.NAME] cycle = "12m") wins over the one kept here.

    Examples:
      carnet purchase categories cycle "révision vélo" 12m
      carnet purchase categories cycle abonnements measured
      carnet purchase categories cycle ateliers none
help-after-purchase-import =
    The tool that wrote the file is recognised from its header: a SumUp, Zettle,
    Square, Shopify, WooCommerce or PrestaShop export, or a French till or Excel
    layout (N° client;Client;Date;Montant TTC), each read as that tool means it:
    which column is the customer, which rows are sales, refunds (made negative),
    line items of one order, or not sales. --profiles lists them, --profile NAME
    names one, and a shop writes its own in the config ([import.profiles.NAME]).
    Other files need a header naming the customer, the date and the amount, in
    English or French (customer_id / n° client, date / date de vente, amount /
    montant TTC); what the names do not say the contents may (varying emails are
    the customer, a column of money the amount). A day above 12 settles the order
    of slashed dates, else the config's date_format or the shop's country does.
    Sales without a customer are counted, not imported. The delimiter and the
    encoding are detected. A bad row refuses the whole file; identical errors are
    grouped.

    Examples:
      carnet purchase import transactions.csv --dry-run
      carnet purchase import --profiles
      carnet purchase import caisse.csv --map "Code client=customer,Canal=ignore"
help-after-remind =
    What it lists: open follow-ups due (and overdue), deals past their expected
    close, contacts past their keep-in-touch cadence (contact edit --every 60d),
    customers due to renew, regulars slipping away, birthdays in the next
    days (config remind.birthday_days, default 7), and service requests late,
    ready but not collected, or complaints without an answer.

    Examples:
      carnet remind                          # today's digest; silent when nothing is due
      carnet remind --within 7d              # look a week ahead
      carnet remind --format ics > carnet.ics   # a calendar your phone can subscribe to (next 60 days)
      0 7 * * * carnet remind                # crontab: mails you only when something is due
help-after-report-clv =
    The models: BG/NBD (Fader, Hardie & Lee 2005) for repeat visits and
    Gamma-Gamma (Fader & Hardie 2013) for spend per visit, fitted by maximum
    likelihood on the purchases up to --as-of. Time is in weeks; a visit is a
    purchase day. clv = expected visits × expected spend per visit over the
    horizon (× [value] margin when set), discounted per week with
    --discount-rate.

    Examples:
      carnet report clv
      carnet report clv --customers --sort clv --limit 20
      carnet report clv --as-of 2024-06-30 --holdout-until 2024-12-31
      carnet report clv --model --format json
help-after-report-profitability =
    Current value: what each customer brought in the --current window (default
    12m) up to --as-of; potential value: their lifetime value (see `report clv`).
    Each is split at its median. A customer tagged with one of [value] keep_tags
    (reference customers, prescribers) is Reference, never Undesirable. With
    {"["}value] margin both are in margin rather than revenue, and current value is
    net of what the campaigns in the window cost per customer reached.

    Examples:
      carnet report profitability
      carnet report profitability --customers --format csv
      carnet report profitability --from 2024-01-01      # who moved since then
help-after-report-rfm =
    Rules: customers are contacts with a purchase on or before --as-of.
    recency_days = as-of − last purchase; frequency = distinct purchase days
    (--frequency-basis rows counts purchases); monetary = total spent.
    Scores 1–5: 1 + floor(5 × below / N), below = customers strictly worse;
    ties share the lower score, so a score can be empty. Segments come from
    the R and F scores.

    Examples:
      carnet report rfm
      carnet report rfm --as-of 2024-06-30 --customers --format csv
      carnet report rfm --segment "at risk"
help-after-report-value-matrix =
    Rules (Marcus, 1998): frequency and average purchase are each split at
    their mean over the active customers; ≥ the mean is high. Best = high
    both; Frequent = high frequency; Spenders = high average; Uncertain = low
    both. Customers with no purchase for more than --active-days (config
    value_matrix.active_days, default 365) are Inactive and left out of the
    means, unless --include-inactive.

    Examples:
      carnet report value-matrix
      carnet report value-matrix --customers --format json
help-after-root =
    Examples:
      carnet demo                                  build a demo shop to explore
      carnet contact add --name "Hélène Dupont" --email helene@example.fr --tag regular
      carnet purchase add helene@example.fr 45,50 --date yesterday
      carnet purchase import ventes.csv --date-format DD/MM/YYYY
      carnet contact list --search helene --format json

    Files: the database is --db, else CARNET_DB, else `db` in the config file,
    else carnet.db in your data folder. `carnet config path` shows where.
help-example = Example:
help-subcommand-help = Print this message or the help of the given subcommand(s)
help-value-color-auto = on a terminal, unless NO_COLOR is set
help-value-format-ics = iCalendar, for `remind`
help-value-format-vcf = vCard, for contact exports
help-value-format-xlsx = an Excel workbook, to `--out FILE.xlsx` or `> FILE.xlsx`
help-value-frequency-basis-days = distinct purchase days, or visits
help-value-frequency-basis-rows = purchase rows
flag-limit = At most this many rows (up to a billion)
flag-consent-verify-against = A backup (`carnet backup`): check that today's history still extends the one it holds
flag-consent-verify-head = A head printed by an earlier `consent verify`, or recorded by a backup, a launch file or a privacy export (N:HASH)
flag-contact-import-strict = Refuse a CSV with columns carnet does not use, or a vCard with a card carnet cannot take whole
flag-contact-import-date-format = How the file writes its dates: DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY (without it, the file's own dates and language decide)
flag-contact-export-vcard-version = With --format vcf: the vCard version, 4.0 (the default) or 3.0 (macOS Contacts, older phones)
flag-contact-edit-dates = A key date `remind` announces like a birthday: mariage=2027-06-12 (--06-12 without the year)
flag-contact-edit-remove-dates = Forget the key date of that label
flag-honorific = The title before the name, kept apart from it: Mme, M., Dr

## report cohorts, report dashboard
help-sub-report-cohorts = Cohort retention: of the customers who first came in a period, how many come back
help-sub-report-dashboard = The shop on one page: a self-contained HTML file of charts, printable on A4
flag-report-cohorts-by = Group customers by the month or the quarter of their first visit
flag-report-cohorts-since = Only the cohorts from this day's period on (default: every one)
flag-report-cohorts-as-of = Compute as of this day: later purchases are ignored (default today)
flag-report-cohorts-summary = One record: cohorts, customers, churn rate and median lifetime
flag-report-pipeline-summary = One record of the whole pipeline: open deals, their total and weighted forecast, won, lost, win rate, days to win, late deals
flag-report-pareto-classes = One row per ABC class: its customers and revenue, and their shares
flag-report-dashboard-out = The HTML file to write
flag-report-dashboard-force = Replace the file if it exists
flag-report-dashboard-as-of = Compute as of this day: later purchases are ignored (default today)
help-after-report-cohorts =
    Rules: a visit is a purchase of a positive amount (a refund is not one).
    A customer's cohort is the period of their first visit; active = customers
    of the cohort with a visit in that later period; still_active = with a
    visit then or later. Revenue is net (refunds included), per customer of the
    cohort, summed from the cohort's period. The as-of period is partial.
    Churn rate: the share who never came back after their first period; median
    lifetime: the first period where half or fewer are still coming back
    (both over complete periods only).

    Examples:
      carnet report cohorts
      carnet report cohorts --by quarter --since 2023-01-01 --format csv
      carnet report cohorts --summary --format json
help-after-report-dashboard =
    One HTML file with everything inside (charts drawn as SVG, no script, no
    network): revenue and visits by month over 24 months against the year
    before, new and returning customers, cohort retention, the RFM grid, the
    value and profitability matrices, lifetime value and the customers worth a
    call, categories and channels, the deal pipeline, campaigns, consent.
    Printable on A4, one section per page. The language is the run's (--lang).

    Examples:
      carnet report dashboard --out shop.html
      carnet report dashboard --out bilan.html --as-of 2024-12-31 --lang fr
help-sub-campaign-send = Send a launched campaign through the shop's mail account or SMS provider
help-sub-consent-unsubscribe-from = Take unsubscribes and bounces back: a folder of .eml, an mbox, or a Brevo/Mailchimp CSV
flag-campaign-send-dry-run = Write each message as an .eml file into this folder instead of sending
flag-campaign-send-test = Send one message, filled with the first recipient's fields, to this address
flag-campaign-send-force = With --dry-run: replace .eml files already in the folder
flag-campaign-send-resend-uncertain = Send again the messages an interrupted send left uncertain (they may have left: look in the account's Sent folder first)
flag-campaign-preview-summary = Only the counts, cost and break-even, as one record
help-after-campaign-preview =
    --format json gives {"{"}"summary": …, "rows": […]{"}"}: the counts, cost and break-even,
    then one row per member; --summary gives the summary alone (a one-row CSV).

    Examples:
      carnet campaign preview spring-sale --format csv
      carnet campaign preview spring-sale --summary --format json
flag-remind-mail-to = Mail the digest to this address through the `[send]` account (nothing is sent when nothing is due)
help-after-campaign-send =
    The message file is a template: {"{{"}first_name{"}}"}, {"{{"}name{"}}"}, {"{{"}email{"}}"}, {"{{"}phone{"}}"},
    {"{{"}city{"}}"}, {"{{"}postcode{"}}"}, {"{{"}last_purchase{"}}"}; a first line `Subject: …` is the
    subject; HTML files are sent as HTML with a text part. A recipient without a
    field the message uses stops the send before anything goes (see `campaign
    preview`).

    Run it again after an interruption: it goes on where it stopped and sends
    nothing twice. A message that was being handed to the server when the send
    was interrupted may or may not have left: it is counted as uncertain and not
    sent again unless --resend-uncertain is given (look in the account's Sent
    folder first).

    --format json or csv prints the run's figures on stdout: sent, already_sent,
    skipped_no_consent, failed, bounced, deferred, uncertain, resent_uncertain.

    Examples:
      carnet campaign send spring-sale --test me@atelier-roux.fr
      carnet campaign send spring-sale --dry-run /tmp/spring
      carnet campaign send spring-sale
      carnet campaign send spring-sale --resend-uncertain
help-after-consent-unsubscribe-from =
    Each unsubscribe (a reply whose subject is `unsubscribe TOKEN`, as the
    List-Unsubscribe link of `campaign send` writes it, or a reply saying STOP or
    unsubscribe) is recorded as a withdrawal on email with the message as its proof;
    each hard bounce (a delivery report with a 5.x.x status) marks the address
    bounced. Mailchimp's unsubscribed and cleaned exports and Brevo's exports are
    read by their email column. A second reading records nothing new.

    Examples:
      carnet consent unsubscribe-from ~/Mail/replies/
      carnet consent unsubscribe-from replies.mbox
      carnet consent unsubscribe-from unsubscribed_members_export.csv

## carnet service, report service
help-cmd-service = Service requests: repairs, alterations, orders to collect, complaints
help-sub-service-add = Open a service request for a contact
help-sub-service-list = List service requests (open ones by default)
help-sub-service-show = Show a service request with its history
help-sub-service-move = Move an open request to another status (ready tells the customer)
help-sub-service-note = Add a note to a request's history (it answers a complaint)
help-sub-service-close = Close a request: collected (optionally recording what was charged) or cancelled
help-sub-report-service = Service requests: open ones by status and age, turnaround, promises kept, complaints
flag-service-add-what = What it is about: the item and the work
flag-service-add-kind = repair, alteration, order, complaint, other (config service.kinds)
flag-service-add-promised = When it was promised: a date, +3d, friday…
flag-service-add-quote = The price quoted: 45, 45,50
flag-service-add-status = The starting status (default: the first configured one)
flag-service-add-date = The day it came in (default today)
flag-service-list-status = Requests in this status (open or closed)
flag-service-list-late = Open requests past their promised day, not ready yet
flag-service-list-closed = Closed requests only
flag-service-list-all = Open and closed requests
flag-service-move-notify = Send the status's message by email or SMS through the shop's account
flag-service-close-collected = The customer collected it
flag-service-close-cancelled = It will not be done
flag-service-close-charge = What was charged, recorded as a purchase: 52, 52,50
flag-service-close-reason = Why it was cancelled (kept in the history)
flag-service-close-date = The day it was collected or cancelled (default today)
flag-report-service-since = Start of the period (default: 365 days before --until)
flag-report-service-until = End of the period (default today)
flag-report-service-by = One table: open requests by status, closed ones by kind, or complaints by month (a table shows all three without it; CSV shows by status)
help-after-report-service =
    Rules: open requests are counted as of today, by status, with their age
    (days since they came in). Turnaround is the days from coming in to
    delivery (the day it became ready, or was collected if it never was),
    over the requests collected in the period; on time means delivered on or
    before the promised day, over those with a promise. Complaints per 100
    customers: complaints opened in the month × 100 / the customers who
    bought that month.

    Examples:
      carnet report service
      carnet report service --by kind --format csv
      carnet report service --by month --since 2024-01-01 --format json
## Satisfaction and the loyalty card (issue 30)
help-cmd-satisfaction = What customers think: record survey answers (NPS or 1–5), import a form's CSV
help-cmd-loyalty = The loyalty card: join, redeem rewards, see a member's points
help-sub-satisfaction-add = Record one answer: a score on the NPS scale (0–10) or on a 1–5 scale
help-sub-satisfaction-import = Import a form's answers from a CSV file (contact, date, score, comment)
help-sub-satisfaction-list = List answers, newest first
help-sub-loyalty-join = Give a contact the card: their purchases from that day earn points (or stamps)
help-sub-loyalty-redeem = Spend points on a reward (by its name or its rank, 1 the cheapest)
help-sub-loyalty-history = A member's points: what each purchase, refund and reward did, and the balance
help-sub-report-satisfaction = What customers think: NPS and mean score by month or segment, with intervals
help-sub-report-loyalty-matrix = The loyalty matrix: latest satisfaction against visit frequency (Dick & Basu)
help-sub-report-loyalty = The loyalty card: members, points outstanding, rewards, members' visits
flag-satisfaction-add-score = The score: 0–10 on the NPS scale, 1–5 on the 5-point scale
flag-satisfaction-add-scale = nps (0–10, the default) or 5 (1–5)
flag-satisfaction-add-about = What the answer is about: service:N (a service request)
flag-satisfaction-add-comment = What they wrote
flag-satisfaction-add-date = The day of the answer (default today)
flag-satisfaction-import-scale = The scale of the file's scores, unless a `scale` column says: nps or 5
flag-loyalty-join-on = The day they joined (default today): purchases from that day earn
flag-report-satisfaction-by = Group the answers by month or by saved segment
flag-report-satisfaction-since = The first day of answers looked at (default a year before --until)
flag-report-satisfaction-until = The last day of answers looked at (default today)
flag-report-loyalty-matrix-as-of = Compute as of this day: later purchases and answers are ignored (default today)
flag-report-loyalty-matrix-customers = One row per customer instead of the matrix
flag-report-loyalty-matrix-cell = Only customers of this cell: true, latent, spurious, none, no_answer (implies --customers)
flag-report-loyalty-as-of = Compute as of this day (default today)
flag-report-loyalty-by-month = Rewards redeemed per month instead of the figures
flag-loyalty = In this cell of the loyalty matrix: true, latent, spurious, none, no_answer
help-after-report-loyalty-matrix =
    Rules (Dick & Basu, 1994): relative attitude is the customer's latest
    answer: high for a promoter (9–10 on the NPS scale) or 4–5 on the 1–5
    scale. Repeat patronage is the RFM frequency score (as report rfm gives
    it): high for 4 or 5. True loyalty = high both; latent = high attitude,
    low patronage; spurious = low attitude, high patronage; none = low both.
    Customers who never answered are their own row (no_answer), not guessed.

    Examples:
      carnet report loyalty-matrix
      carnet report loyalty-matrix --customers --cell spurious --format csv
flag-contact-add-kind = `company` for a company (a restaurant, a hotel): it buys like anyone, and people name it with --company
flag-contact-list-company = Only the people of this company (its name, any case or accents)
flag-report-rfm-by = Score each contact (default), or each company as one customer: its own purchases and its people's
help-sub-report-refresh = Work out again the figures a big shop's contact cards place each customer among
help-after-report-refresh =
    From 10,000 customers on, `contact show` does not score the customer
    among all the others at each card: it reads the score bounds, the value
    matrix's means and the lifetime-value fit as last worked out, and says
    which day they are of (population_at) and how many purchases came since
    (purchases_since_population). Imports, their undo and the demo work them
    out again; sales added one by one leave them. Run this, say each night
    from cron, to bring them up to date. A smaller shop's cards work them out
    each time, exactly.

    Example:
      carnet report refresh
help-cmd-sync = Push the contacts and reminders to the phone: a CardDAV address book, a CalDAV calendar
help-after-sync =
    Configured once, in the config file's [sync] section:
      carddav = "https://dav.example.net/addressbooks/shop/contacts/"
      caldav = "https://dav.example.net/calendars/shop/carnet/"
      username = "shop"
      password_command = "pass show carnet"   # or CARNET_SYNC_PASSWORD
      segment = "customers"                    # optional: only these contacts

    One way: carnet is the source of truth. Only what changed is sent; an entry
    changed on the server since carnet sent it is reported, not overwritten
    (--overwrite replaces it); what carnet no longer has (deleted, merged,
    archived, forgotten, done) is deleted from the server.

    Examples:
      carnet sync                    # silent when nothing changed
      carnet sync --dry-run          # what would be created, updated, deleted
      carnet sync --report-new > phone.vcf && carnet contact import phone.vcf
      0 * * * * carnet sync          # crontab: every hour
flag-sync-contacts = Only the contacts (CardDAV)
flag-sync-calendar = Only the reminders (CalDAV)
flag-sync-dry-run = List what would be created, updated and deleted; send nothing
flag-sync-overwrite = Replace entries that were changed on the server
flag-sync-report-new = Print the cards on the server that carnet did not put there (made on a phone), as vCards, for `contact import`
flag-sync-within = How far ahead the calendar looks (default 60d, as `remind --format ics`)
help-cmd-db = The database itself: copy a shop between a SQLite file and PostgreSQL; who may do what on a server
help-sub-db-copy = Copy every table to an empty database of the other engine, all or nothing, and check the copy
flag-db-copy-to = The target: a postgres:// URL, or the path of a new SQLite file
help-after-db-copy =
    The copy is compared with the original table by table (a count and a checksum
    of every row) and its consent history verified before it is committed; a
    difference leaves the target as it was.

    Examples:
      carnet --db shop.db db copy --to postgres://anne@/shop?host=/run/postgresql
      carnet --db postgres://anne@server/shop db copy --to shop-copy.db
help-sub-db-grant = Make a PostgreSQL login staff or owner of this shop (or take it out with --revoke)
flag-db-grant-name = The login role (created, without a password, when missing)
flag-db-grant-staff = Make it staff: look up and record, never export, erase or import
flag-db-grant-owner = Make it an owner: everything staff may, and the owner actions
flag-db-grant-revoke = Take it out of both roles (the login itself stays)
help-after-db-grant =
    Staff look people up and record contacts, purchases, interactions, deals,
    service requests and consent; the owner may also export and erase people,
    import, run campaigns, add consent wordings and upgrade the database. The
    consent history is append-only for both. Run by a superuser, or by the
    tables' owner with CREATEROLE; each run also brings every table's GRANTs up
    to date.

    A login that does not exist is created without a password: carnet never
    stores one. Set it as the server's administrator (psql's \password NAME), or
    let the server's own authentication (peer, certificates) admit it.

    Examples:
      carnet --db postgres://admin@server/shop db grant anna --staff
      carnet --db postgres://admin@server/shop db grant owen --owner
      carnet --db postgres://admin@server/shop db grant anna --revoke
help-sub-db-roles = Who is staff and who is owner of this PostgreSQL database
