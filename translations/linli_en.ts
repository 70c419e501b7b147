<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>read the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change households, residents and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register issues and record follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept, dispatch, resolve, return, reject and close issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish weekly bulletins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see ID numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see phone numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or print personal data in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the ledger settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make and restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is outside your area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside your area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may have at most %1 characters; %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use 网格员 (grid_worker), 社区管理员 (community_admin), 街道工作人员 (street_staff) or 系统管理员 (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid worker needs at least one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community administrator needs a community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register already has an administrator; log in as one to add accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community administrator manages only the grid workers of their own community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password yet; set one with a password reset, which enables it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLedger</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with the audit log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 has no insert row in the audit log: it was added outside Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 was deleted according to the audit log, but is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 differs from its latest audit values: it was changed outside Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 is in the audit log but missing from the register: it was deleted outside Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is &quot;%2&quot; in the register but &quot;%3&quot; in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 was changed outside Linli: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log has %1 rows, fewer than the %2 of the digest %3: rows were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 has another hash than the digest %2: the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row must be written inside the change&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 does not follow the row before it (a row was removed or changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register on a PostgreSQL server is backed up by the server (pg_dump), not by Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit digest is %1, its manifest says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has %2 rows, its manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a restore writes a new file and never replaces one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTagRepository</name>
    <message>
        <source>&apos;%1&apos; is not a care tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Up to week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file starts as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8, and GBK cannot be read on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it from Excel as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field %2 is longer than %3 characters, the most a cell holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a sheet has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than an import reads at once (%1 cells by line %2, about %3 MB); split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database address %1 is not of the form postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the register %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Linli register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the register %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Linli register (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is on a network share (%2). SQLite cannot lock files safely there; keep the register on a local disk, or use a PostgreSQL server for shared work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a usable Linli register: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Linli register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has schema version %2, but this Linli understands only up to version %3. Install a newer Linli to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes), not a Linli register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is damaged: its schema version %2 is not one Linli ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is damaged: its schema version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an empty database, not a Linli register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Linli register; create one with linli-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a Linli register (SQLite: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new register is never written over a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new register %1 is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 must be upgraded, but could not be backed up first, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened only to be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo resident %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo preset: use community, street or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid day for &apos;today&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the demo writes only a new register and leaves that file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo covers 1 to 5 years, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a register; the demo fills only an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DwellingIndex</name>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household is registered at %1; import or register the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at this address is in grid %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>No sheet has a header row with the columns %1 in its first %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2 looks like the header row but lacks the columns %3; the columns are %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved o&amp;ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deceased…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use: use 自住, 出租, 空置 or 其他.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same dwelling is already in an earlier row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household is already registered at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compound %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a household status: use 在册, 迁出 or 注销.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a care tag of the register: add it under 设置 first, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Choose the grid of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the compound of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room number of the household is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit and room may have at most 20 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a household status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compound %1 and the grid %2 belong to different communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building %1 is not in the compound %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household is already registered at %1. Open that household instead of adding it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the uuid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1 still has %2 active members: move them out or record their death before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 18 characters, but %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the ID number %2 is &apos;%3&apos;, but only digits may stand there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of the ID number %1 must be a digit or X, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 starts with %2, which is not a province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 contains the birth date %2, which is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 contains the birth date %2, which is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the ID number %1 should be %2, not %3: a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 was damaged by Excel: it was stored as a number, so %2. Set the column&apos;s format to Text in Excel and type the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it shows in scientific notation and its digits are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last digits became 000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (field of the register ← column of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>&apos;%1&apos; is not a week: write it as 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no week %2: its weeks are 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueActionDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Register an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueImport</name>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an issue numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is already in row %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址 is empty: say where the problem is (a dwelling, a building, a street).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue category in use; the categories are %2 (设置 → 问题台账设置 edits the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcategory of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态 %1 does not agree with the dates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue that is %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue not yet accepted has not been returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a follow-up of %1 the issue is 已回访, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue followed up 不满意 is reopened (办理中).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 is retired; reinstate it under 设置 → 问题台账设置 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned (one of the returns counted in the imported ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (imported ledger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRepository</name>
    <message>
        <source>No issue number could be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department that must handle the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &apos;%1&apos; is not of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue category; the categories are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcategory of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source of issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the household or the place the issue is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which community the issue belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result of the follow-up: 满意, 基本满意 or 不满意.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the action is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the issue was registered on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 is already with %2; re-dispatch names another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handling type: use 立行立改, 限期办理 or 分阶段整改.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 is before the dispatch date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结 needs the result of the handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改期 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issue numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; an attachment may have at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of attachment: use before, after or document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been retired from the list of departments; reinstate it in the settings or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 was to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue number: they are written YYYY-NNNNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is not of the year %2 in which the issue was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an issue numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title, place or reporter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;photo or file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSettings</name>
    <message>
        <source>The name of the %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the %1 may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself a subcategory; subcategories have no subcategories of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) are filed under %1, so it cannot be deleted; retire it instead.</source>
        <translation>
            <numerusform>%n issue are filed under %1, so it cannot be deleted; retire it instead.</numerusform>
            <numerusform>%n issues are filed under %1, so it cannot be deleted; retire it instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has subcategories; delete or retire them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues have been dispatched to %1, so it cannot be deleted; retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handling type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of %1 must be between 1 and %2 days, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSettingsDialog</name>
    <message>
        <source>Issue ledger settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subcategory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments and assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees of the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the dispatch date to the default deadline of each handling type. Deadlines already set are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logins</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords; try again after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for the %1th time in a row: the account %2 is locked for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 more tries before the account is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue ledger settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Excel or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the register %1 to version %2 failed, and it was left as it was: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has schema version %2, which this Linli cannot upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not contain tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs characters of at least two kinds: letters, digits, other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password salt has %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number &apos;%1&apos; contains characters other than digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number &apos;%1&apos; must have 11 digits, but has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number &apos;%1&apos; must start with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landline number &apos;%1&apos; must be an area code followed by 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &apos;%1&apos; is neither an 11-digit mobile nor a landline with its area code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceRepository</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the %1 is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no community named &apos;%1&apos; in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid named &apos;%1&apos; in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no compound named &apos;%1&apos; in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no building named &apos;%1&apos; in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several communities have a grid named &apos;%1&apos;; write it as 社区名/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several communities have a compound named &apos;%1&apos;; write it as 社区名/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several compounds have a building named &apos;%1&apos;; write it as 小区名/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator adds a community (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation type="unfinished">
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) under it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a path to a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 named &apos;%2&apos; in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes a community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community %1 already has a grid named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community %1 already has a compound named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has 0 to 99 units, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid the building lies in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 is not in the community of the compound %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compound %1 already has a building named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 named %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid to move the building to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 is in another community: a building moves only between the grids of its community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the place is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is in use (%3) and cannot be deleted; retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>The print fonts are not installed: printing needs &quot;AR PL UMing CN&quot; and &quot;WenQuanYi Zen Hei&quot; (Debian packages fonts-arphic-uming and fonts-wqy-zenhei), or SimSun and SimHei on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not take A4 paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no households in %1 to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it (you edited version %4, the register now has version %5). Nothing was saved: reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same moment. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 lacks the column(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has the unknown column(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is not defined as version %2 defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not defined as version %3 defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not part of a Linli register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>&apos;%1&apos; is not a table to import: use households, residents, issues or visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search name, ID number, phone or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active households only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this member&apos;s ID number in full so that it can be checked or corrected; this is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident who is %1 needs the date: add a column 状态日期 with the date of moving out or of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a care tag of the register: add it under 设置 first, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already in row %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household already has a head, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resident outside your area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 是 or 否.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex: use 男 or 女.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date &apos;%1&apos; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation to the household head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a residence type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resident status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of moving out or of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the birth date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1 is no longer in the register; an active resident cannot be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1 already has a head, %2. Change that member&apos;s relation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active resident has the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has no head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checked write needs the transaction its checks ran in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for a resident outside your area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moved to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export writes .xlsx or .csv files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet cannot be named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>%1 may have at most %2 characters; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start writing to the register (another program may be writing): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is open read-only (%2): it can be read and printed, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be announced to the other workstations, so it was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role and area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, ID number, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an &amp;issue from this visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same visit (household, day and visitor) is already in row %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit (household, day and visitor) is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>The visit date &apos;%1&apos; is not of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date %1 is in the future; a visit is logged once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which household was visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the register (%2 since %3); a visit on %4 cannot be logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the due list is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage is counted for a year up to this one (%1), not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has logged no visit in the year up to %2, so their grids are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search address, notes or findings (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due (待走访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit to the &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>returned %n time(s)</source>
        <translation>
            <numerusform>returned %n time</numerusform>
            <numerusform>returned %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>dissatisfied at follow-up, not resolved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted on %1 and not dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issues at the same place in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyBulletins</name>
    <message>
        <source>&apos;%1&apos; is not a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not ended yet: a week is published once its Sunday is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already published (edition %2): a corrected edition needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 are the same as in edition %2; there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has editions 1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community administrator publishes the bulletin of their own community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyCharts</name>
    <message>
        <source>Resolution rate and on-time rate by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue issues by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate by grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit coverage by grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChoices</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this week, not over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyPage</name>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary (周汇总)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulletin (周通报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch &amp;list (周调度)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend deadline…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyStatistics</name>
    <message>
        <source>&apos;%1&apos; is not a scope: use all, community:NAME, grid:NAME, category:NAME or department:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 named &apos;%2&apos; in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several communities have a %1 named &apos;%2&apos;; write it as 社区名/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weeks %1 to %2 are not a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored figures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly figures of %1 are outside your area: choose your community or one of its grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly figures of %1 are outside your area: choose one of your grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no area to report on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookFile</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a WPS spreadsheet (.et) that cannot be read here. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save it), not an Excel workbook. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web page (HTML) with a workbook&apos;s name, as some systems export their tables; it is not an Excel workbook. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx or .xls) or a CSV file. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>&apos;%1&apos; is not an action on an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible for an issue that is %2; it is possible only for one that is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue has already been escalated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file structure is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no readable Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text is in an encoding that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged in a way that looks deliberate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeXL error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel 97–2003 workbook (.xls): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password; save it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 is larger than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more cells than an import can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell %1 of sheet %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell of sheet %1 holds more than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader of .xls workbooks answered with something unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program that reads .xls workbooks (linli-xls-reader) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its reader did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it took longer than %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than an import can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged in a way that stopped its reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 is larger than an import reads at once (%2 cells by row %3, about %4 MB); split it into several files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2 MB; the file is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip archive, or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 has no part in the workbook&apos;s relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: row %2 is beyond the %3 rows a sheet may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: the cell reference %2 is not one a sheet can have (at most column XFD, row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to the shared strings, but the workbook has no sharedStrings part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 should hold a number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds %2 characters; a cell holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook %2 is damaged (the file may be cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the workbook unpack to more than %1 MB; the file is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists more than 10,000 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than 20,000 relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared-string table of the workbook holds more than %1 strings; split the workbook into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared-string table of the workbook takes more than %1 MB; split the workbook into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared string %1 holds more than %2 characters; a cell holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The styles of the workbook list more than 100,000 cell formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters; a cell holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1 is larger than an import reads at once (%2 cells by row %3, about %4 MB); split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: a cell lies beyond column XFD or before row 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The part %1 cannot be read: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2, column %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 declares a DTD, which workbooks never do; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>no zip directory (not a zip archive, or cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is packed in a way this program does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip archive has more than %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading of the part %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written to %2, with ID numbers and phones in full; the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written to %2, with ID numbers and phones masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user must choose their own password at the first login. A password needs at least 8 characters of at least two kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must choose a new password at the next login; a lock after wrong passwords is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::AuditLogDialog</name>
    <message>
        <source>The record is a number (the row&apos;s id), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 rows; more as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::BackupDialog</name>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 15 minutes of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2: the 24 most recent, and one of each of the last 7 days, 4 weeks and 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is whole: integrity, audit chain, counts and digest as its manifest says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-restored-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a new register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored to %1 and checked. The register in use, %2, is kept as it is. Work in the restored register now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::BackupKeeper</name>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The latest good backup of this register was made %2 (%3 households, %4 residents, %5 issues). Restore it into a new register and open that? The damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a new register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-restored-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::BreakdownModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::ChartView</name>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::ChartsPage</name>
    <message>
        <source>Resolution and on-time rates by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue issues by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate by grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit coverage by grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this week and scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the mouse on a point or bar to see its exact value. Rates count from 1 January of the week&apos;s year to its Sunday, as in the weekly summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::DispatchListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::DueTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::HouseholdDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved out of this household on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 died on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the compound of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the household as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::HouseholdListModel</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::ImportDialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1, header in row %2; %n data row(s).</source>
        <translation>
            <numerusform>Sheet %1, header in row %2; %n data row.</numerusform>
            <numerusform>Sheet %1, header in row %2; %n data rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the file for %1: the import needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out. Import the others?</source>
        <translation>
            <numerusform>%n row with problems will be left out. Import the others?</numerusform>
            <numerusform>%n rows with problems will be left out. Import the others?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import creates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) registered by name only are completed, not added again.</source>
        <translation>
            <numerusform>%n resident registered by name only are completed, not added again.</numerusform>
            <numerusform>%n residents registered by name only are completed, not added again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written. Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Correct the file, or skip the rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the file has rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n row written.</numerusform>
            <numerusform>%n rows written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.xls *.et *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::IssueActionDialog</name>
    <message>
        <source>%1 issue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n issue(s): %2</source>
        <translation>
            <numerusform>%1 %n issue: %2</numerusform>
            <numerusform>%1 %n issues: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose the result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result of the follow-up call: 满意, 基本满意 or 不满意.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::IssueDialog</name>
    <message>
        <source>Register an issue for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid the place lies in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::IssueEvent</name>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::IssueTableModel</name>
    <message>
        <source> (escalated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::Job</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::KeyFiguresModel</name>
    <message>
        <source>New this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households visited this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit coverage this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::LedgerPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) selected</source>
        <translation>
            <numerusform>%n issue selected</numerusform>
            <numerusform>%n issues selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 a photo of the fix (整改后)? Choose No for a photo of the problem (整改前).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register &amp;issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an issue (Issue ledger page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more issues in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::LedgerSettingsDialog</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (the issues filed under it are renamed with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its assignees from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the assignee at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (may be left empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines were saved. They apply to issues dispatched from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ledger settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines were changed and not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the register %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has no administrator yet. Create the first 系统管理员 account: it adds the other accounts and can do everything. The password needs at least 8 characters of at least two kinds (letters, digits, other signs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters of at least two kinds (letters, digits, other signs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli was locked after a time without use. Enter your password to go on; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::MainWindow</name>
    <message>
        <source>Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open register, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli registers (*.linli);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linli %1
Household register, visit log and issue ledger for neighbourhood committees.
Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without use (%1 to %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number of minutes from %1 to %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after %1 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo register. Its accounts: admin (系统管理员), street (街道工作人员), community1, community2 … (社区管理员 of each community), grid1-1, grid1-2 … (网格员 of each grid: grid&lt;community&gt;-&lt;grid&gt;). The password of each is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo register: a made-up community of about 3,000 households with a year of visits and issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is ready, and empty. Next, add its places (社区, 网格, 小区/院落, 楼栋) under 区域管理, or import the households from a workbook: the communities, grids, compounds and buildings it names are created with them. 文件 → 下载导入模板 gives a workbook with the columns to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1, so this register can be viewed, searched, printed and exported, but nothing in it can be changed. Copy it to a folder you can write to in order to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::PlacesDialog</name>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社区 → 网格, and 社区 → 小区/院落 → 楼栋. A building lies in one grid. A place in use cannot be deleted: retire it, and it is kept for the records but no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New com&amp;pound or courtyard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounds and courtyards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a community admin or an administrator manages the places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the community (such as 幸福社区):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the grid (such as 第一网格):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New compound or courtyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the compound or courtyard (such as 平安小区):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community has no grid yet: add a grid first, then the buildings that lie in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the building in %1 (such as 1号楼):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid the building lies in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of units (单元数; leave empty if it has none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 %2 lies in from now on (its households move with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of units of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire this %1? It stays in the records of its households, issues and visits, but is no longer offered for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this %1? Nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::PrintButton</name>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview, print, or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID numbers and phones (official submission, recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will show ID numbers and phones in full. This is for official submissions only, and it is recorded in the audit log under your name. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pages of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s)) was saved as %2.</source>
        <translation>
            <numerusform>%1 (%n page) was saved as %2.</numerusform>
            <numerusform>%1 (%n pages) was saved as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two characters to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>%n household found</numerusform>
            <numerusform>%n households found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source> (only the first %1 matches are shown: type more to narrow the search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household at %1 moved out. Its active members move out with it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household whose card to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一户一册 booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a building, compound or grid on the left: the booklet holds its households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not change the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not register issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The places were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New compound or courtyard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New building in this grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household (Households page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::ResidentDialog</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see ID numbers in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::StartPage</name>
    <message>
        <source>Linli — household register, visits and issue ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open. A new office starts with a new register: then it adds its communities, grids, compounds and buildings under 区域管理, or brings its households in from its Excel workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty register for your community or street office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register file (.linli) kept before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up community to try everything out; nothing in it is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register from &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new register, then your 住户 / 居民 workbook (.xlsx, .xls or .csv) imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::UsersDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable one that is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid workers of your community. Accounts are never deleted: disable one that is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::VisitDialog</name>
    <message>
        <source>No household in the register matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit %1, next due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::VisitsPage</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due or overdue on %1, in walking order</source>
        <translation>
            <numerusform>%n household due or overdue on %1, in walking order</numerusform>
            <numerusform>%n households due or overdue on %1, in walking order</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 households visited, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a grid or building to see its unvisited households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n household(s) not visited in %2 (double-click one to log a visit)</source>
        <translation>
            <numerusform>%1: %n household not visited in %2 (double-click one to log a visit)</numerusform>
            <numerusform>%1: %n households not visited in %2 (double-click one to log a visit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::WeeklyPage</name>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch list (周调度)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (周汇总)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin (周通报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For the meeting of %1: %n open issue(s), %2 of them under red warning; %3 accepted and not yet dispatched. Select issues to redispatch, extend or escalate them; each decision is recorded in the issue&apos;s history.</source>
        <translation>
            <numerusform>For the meeting of %1: %n open issue, %2 of them under red warning; %3 accepted and not yet dispatched. Select issues to redispatch, extend or escalate them; each decision is recorded in the issue&apos;s history.</numerusform>
            <numerusform>For the meeting of %1: %n open issues, %2 of them under red warning; %3 accepted and not yet dispatched. Select issues to redispatch, extend or escalate them; each decision is recorded in the issue&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a &amp;correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: edition %1 of %2, by %3 on %4. These figures were frozen when it was published; later changes to the ledger do not alter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: this week is not over; it can be published from the Monday after its Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not yet published. The figures are the ledger&apos;s as it stands and may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the bulletin of %1 (%2)? Its figures are then frozen: printing it again gives the same bulletin, whatever changes in the ledger later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 is already published. Why is a corrected edition needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 of %2 is published. Its check code (SHA-256) is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 was written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures of %1 to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new register with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households takes a positive whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date of the form YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing households: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the register with --db FILE or --db postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one or more ID numbers: linli-cli check-id ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for at least two characters: a name, part of an ID number or phone, or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: %1 rows, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has problems; see the lines above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date of the form YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the issue: linli-cli issue %1 NUMBER --db DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the issue: linli-cli issue show NUMBER --db DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (escalated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warning takes red or amber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: linli-cli issue add|accept|dispatch|start|resolve|follow-up|return|escalate|reject|close|change-deadline|show|list ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes a whole number from 1 to 5, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo register %1: %2 communities, %3 grids, %4 compounds, %5 buildings, %6 households, %7 residents, %8 issues, %9 visits (%10 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: linli-cli visit add --db DB --household-uuid U --date D --kind KIND --visitor NAME [--notes TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which household was visited with --household-uuid U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes json or text, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit coverage %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: linli-cli visits due --db DB [--grid NAME] [--worker NAME] [--as-of DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the register with --db and the file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2 (%3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: %2 rows, %3 valid, %4 with problems, %5 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: linli-cli export households|residents|issues|visits --db DB --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--grid NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import: linli-cli import households|residents|issues|visits FILE.xlsx|FILE.csv --db DB [--dry-run] [--skip-invalid]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) registered by name only completed.</source>
        <translation>
            <numerusform>%n resident registered by name only completed.</numerusform>
            <numerusform>%n residents registered by name only completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n item(s): %1</source>
        <translation>
            <numerusform>Created %n item: %1</numerusform>
            <numerusform>Created %n items: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to print: linli-cli print household-card --household-uuid U | booklet --building NAME|--compound NAME|--grid NAME | ledger [--from DATE] [--to DATE] [--status CODE] [--category C] [--grid NAME] | visits --from DATE --to DATE [--grid NAME] | route [--grid NAME] [--worker NAME] [--as-of DATE] --db DB --out FILE.pdf [--full-ids] [--today DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the household with --household-uuid U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which households the booklet holds with one of --building NAME, --compound NAME or --grid NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit register covers a period: give --from DATE and --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phones are printed in full; this was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2 (%3 s).</source>
        <translation>
            <numerusform>%1: %n page written to %2 (%3 s).</numerusform>
            <numerusform>%1: %n pages written to %2 (%3 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the week with --week, such as --week 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 (%2), edition %3; figures hash %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which report: linli-cli report weekly --db DB --week 2026-W47 [--scope all|community:NAME|grid:NAME|category:NAME|department:NAME] --format json [--out FILE], or linli-cli report publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edition takes the number of an edition, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes json, pdf or xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are: --user NAME or LINLI_USER, with the password in LINLI_PASSWORD, --password-file FILE or typed at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: set %1, use --password-file FILE, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has no administrator yet: create the first one with linli-cli init --db %1 --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must choose a new password first: linli-cli user passwd --db %2 (the new password from LINLI_NEW_PASSWORD or typed at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linli-cli user add NAME --display-name 李丽 --role ROLE [--grid NAME]... [--community NAME] --db DB | user list [--format json] --db DB | user disable|enable|reset-password NAME --db DB | user set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB | user passwd --db DB. ROLE is grid_worker (网格员), community_admin (社区管理员), street_staff (街道工作人员) or admin (系统管理员).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use grid_worker (网格员), community_admin (社区管理员), street_staff (街道工作人员) or admin (系统管理员).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the register to create with --db FILE or --db postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 created; %2 is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is the administrator of the register %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new account a role with --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) added; the password must be changed at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phones are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linli-cli place add community NAME | place add grid NAME --community C | place add compound NAME --community C | place add building NAME --compound C/COMPOUND --grid GRID [--units N] | place list [--format json] | place rename KIND PATH NEW_NAME | place move building C/COMPOUND/BUILDING --grid GRID | place units C/COMPOUND/BUILDING N | place retire|reinstate|delete KIND PATH [--date DATE]; KIND is community, grid, compound or building (社区, 网格, 小区, 楼栋); each with --db DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the community: --community NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building needs its compound and grid: --compound 社区名/小区名 --grid 网格名.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units takes a whole number of units, such as 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of place: community, grid, compound or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new name: linli-cli place rename KIND PATH NEW_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building moves to another grid: linli-cli place move building 社区名/小区名/楼栋名 --grid 网格名.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a building and its number of units: linli-cli place units building PATH N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linli-cli household add --building 社区名/小区名/楼栋名 [--unit U] --room R --housing owner|rented|vacant|other [--phone P] [--notes TEXT] --db DB (or --compound 社区名/小区名 --grid 网格名 for a courtyard without buildings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name where the household lives: --building 社区名/小区名/楼栋名, or --compound 社区名/小区名 with --grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the grid of the household: --grid 网格名.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use: owner, rented, vacant or other (自住, 出租, 空置, 其他).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linli-cli resident add --household-uuid U --name NAME [--id-number ID] --relation head|spouse|son|daughter|parent|grandchild|sibling|tenant|other [--sex M|F] [--birth-date DATE] [--phone P] [--residence-type registered|resident|floating|away] [--party-member] [--notes TEXT] --db DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation to the head: head, spouse, son, daughter, parent, grandchild, sibling, tenant or other (户主, 配偶, 子, 女, 父母, 孙子女, 兄弟姐妹, 租户, 其他).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sex is M or F (男, 女).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--residence-type is registered, resident, floating or away (户籍, 常住, 流动, 人户分离).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workbook to write: linli-cli template --out 导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest takes the form COUNT:HASH (a count of audit rows and 64 hexadecimal digits), as linli-cli audit digest prints it; &apos;%1&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the digest file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no audit digest (COUNT:HASH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit ledger: %1 records, each equal to its audit values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit ledger: %1 of %2 records differ from the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit digests: the log reaches all %1 known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit digests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: linli-cli audit digest --db DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: linli-cli backup create [--to DIR] --db DB | backup list [--format json] --db DB | backup verify FILE | backup restore FILE --to NEW_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register on a PostgreSQL server is backed up with the server&apos;s pg_dump, which is not installed here; install postgresql-client, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s register was dumped with pg_dump -Fc to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is whole: version %2, made %3, %4 households, %5 residents, %6 issues, audit digest %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to the new register %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes, checked; audit digest %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linli-cli COMMAND [options]
Every command that opens a register acts as one of its users: --user NAME (or LINLI_USER), with the
password in LINLI_PASSWORD, --password-file FILE or typed at the prompt.
  --version
  init --db FILE|postgresql://… --user NAME [--display-name NAME]   (a new register and its first administrator)
  user add NAME --display-name NAME --role ROLE [--grid NAME]... [--community NAME] --db DB
  user list [--format json] | disable NAME | enable NAME | reset-password NAME | passwd --db DB
  user set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB
       (new passwords from LINLI_NEW_PASSWORD or the prompt; ROLE: grid_worker, community_admin,
        street_staff, admin, or 网格员, 社区管理员, 街道工作人员, 系统管理员)
  place add community NAME | add grid NAME --community C | add compound NAME --community C --db DB
  place add building NAME --compound C/COMPOUND --grid GRID [--units N] --db DB
  place list [--format json|text] --db DB
  place rename KIND PATH NEW_NAME | move building PATH --grid GRID | units building PATH N --db DB
  place retire|reinstate|delete KIND PATH [--date DATE] --db DB
       (KIND: community, grid, compound, building; PATH: 社区名[/小区名[/楼栋名]] or 社区名/网格名)
  household add --building C/COMPOUND/BUILDING [--unit U] --room R --housing owner|rented|vacant|other
            [--phone P] [--notes TEXT] --db DB   (or --compound C/COMPOUND --grid GRID; prints the uuid)
  resident add --household-uuid U --name NAME [--id-number ID] --relation head|spouse|son|daughter|...
            [--sex M|F] [--birth-date DATE] [--phone P] [--residence-type CODE] [--party-member] --db DB
  demo --preset community|street|district [--households N] [--seed S] [--today YYYY-MM-DD] [--years N]
       --db FILE
  check-id ID...
  search --db DB TEXT
  check --db DB [--quick] [--digest COUNT:HASH] [--digest-file FILE]   (schema, integrity, the audit
       ledger; --quick: the audit chain and digests only)
  audit digest --db DB   (the audit log&apos;s current digest, COUNT:HASH)
  backup create [--to DIR] --db DB | backup list [--to DIR] [--format json] --db DB
  backup verify FILE | backup restore FILE --to NEW_FILE   (never replaces an existing file)
  issue add --db DB --title T --category C [--subcategory S] [--household-uuid U | --location TEXT]
            [--grid NAME | --community NAME] [--source CODE_OR_LABEL] [--reporter NAME] [--reporter-phone P]
            [--date YYYY-MM-DD]
  issue accept|dispatch|start|resolve|follow-up|return|escalate|reject|close|change-deadline NUMBER --db DB
            [--department NAME] [--assignee NAME] [--handling 立行立改|限期办理|分阶段整改]
            [--deadline DATE] [--result TEXT] [--satisfaction 满意|基本满意|不满意] [--reason TEXT] [--date DATE]
  issue show NUMBER --db DB
  issue list --db DB [--status CODE] [--warning red|amber] [--as-of DATE]
  visit add --db DB --household-uuid U [--date D] --kind routine|care|follow_up|verification
            --visitor NAME [--notes TEXT] [--findings TEXT] [--persons-met A、B]
  visits due --db DB [--grid NAME] [--worker NAME] [--as-of DATE]
  coverage --db DB --year Y [--format json|text]
  export households|residents|issues|visits --db DB --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE]
         [--grid NAME] [--masked]
  import households|residents|issues|visits FILE.xlsx|FILE.xls|FILE.csv --db DB [--dry-run] [--skip-invalid]
  template --out FILE.xlsx   (the empty import workbook, with a notes sheet on every column)
  columns [--format markdown]   (the interchange columns, as the README lists them)
  print household-card --db DB --household-uuid U --out FILE.pdf
  print booklet --db DB --building NAME|--compound NAME|--grid NAME --out FILE.pdf
  print ledger --db DB [--from DATE] [--to DATE] [--status CODE] [--category C] [--grid NAME] --out FILE.pdf
  print visits --db DB --from DATE --to DATE [--grid NAME] --out FILE.pdf
  print route --db DB [--grid NAME] [--worker NAME] [--as-of DATE] --out FILE.pdf
        (each print command also takes --full-ids and --today YYYY-MM-DD)
  report weekly --db DB --week 2026-W47 [--scope all|community:NAME|grid:NAME|category:NAME|department:NAME]
         --format json|pdf|xlsx [--out FILE]
  report bulletin --db DB --week 2026-W47 [--scope SCOPE] [--edition N] --format pdf|xlsx --out FILE
  report dispatch --db DB --week 2026-W47 [--scope SCOPE] --format pdf|xlsx --out FILE
  report publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linli::help</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu or button with that letter underlined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The register to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register to open (as with --db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
