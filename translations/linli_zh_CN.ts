<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>read the register</source>
        <translation>查看登记册</translation>
    </message>
    <message>
        <source>change households, residents and visits</source>
        <translation>修改住户、居民和走访记录</translation>
    </message>
    <message>
        <source>register issues and record follow-up calls</source>
        <translation>登记问题和记录回访</translation>
    </message>
    <message>
        <source>accept, dispatch, resolve, return, reject and close issues</source>
        <translation>受理、交办、办结、退回、不予受理和销号</translation>
    </message>
    <message>
        <source>escalate issues</source>
        <translation>上报问题</translation>
    </message>
    <message>
        <source>publish weekly bulletins</source>
        <translation>发布周通报</translation>
    </message>
    <message>
        <source>see ID numbers in full</source>
        <translation>查看完整身份证号码</translation>
    </message>
    <message>
        <source>see phone numbers in full</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>export or print personal data in full</source>
        <translation>导出或打印完整的个人信息</translation>
    </message>
    <message>
        <source>change the ledger settings</source>
        <translation>修改问题台账设置</translation>
    </message>
    <message>
        <source>manage places</source>
        <translation>管理区域</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>make and restore backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>This record is outside your area.</source>
        <translation>该记录不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>%1 is outside your area.</source>
        <translation>%1 不在您的管辖范围内。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation>显示名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Give a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A user name may have at most %1 characters; %2 has %3.</source>
        <translation>用户名最多 %1 个字符；%2 有 %3 个。</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>用户名“%1”只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>A display name may have at most %1 characters.</source>
        <translation>显示名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use 网格员 (grid_worker), 社区管理员 (community_admin), 街道工作人员 (street_staff) or 系统管理员 (admin).</source>
        <translation>“%1”不是角色：请用 网格员（grid_worker）、社区管理员（community_admin）、街道工作人员（street_staff）或 系统管理员（admin）。</translation>
    </message>
    <message>
        <source>A grid worker needs at least one grid.</source>
        <translation>网格员至少要负责一个网格。</translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>网格 %1 不存在。</translation>
    </message>
    <message>
        <source>A community administrator needs a community.</source>
        <translation>社区管理员须指定所属社区。</translation>
    </message>
    <message>
        <source>Community %1 does not exist.</source>
        <translation>社区 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>This register already has an administrator; log in as one to add accounts.</source>
        <translation>该登记册已有管理员；请以管理员身份登录后添加账户。</translation>
    </message>
    <message>
        <source>There is already a user named &apos;%1&apos;.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>A community administrator manages only the grid workers of their own community.</source>
        <translation>社区管理员只能管理本社区的网格员。</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another account an administrator first.</source>
        <translation>%1 是最后一位系统管理员；请先将另一账户设为系统管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be disabled.</source>
        <translation>%1 是最后一位系统管理员，不能停用。</translation>
    </message>
    <message>
        <source>%1 has no password yet; set one with a password reset, which enables it.</source>
        <translation>%1 尚无密码；请用“重置密码”设置密码，账户随之启用。</translation>
    </message>
</context>
<context>
    <name>AuditLedger</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the audit log: %2</source>
        <translation>表 %1 无法与审计日志核对：%2</translation>
    </message>
    <message>
        <source>%1 record %2 has no insert row in the audit log: it was added outside Linli.</source>
        <translation>表 %1 第 %2 条记录在审计日志中没有新增记录：它是在邻里台账之外加入的。</translation>
    </message>
    <message>
        <source>%1 record %2 was deleted according to the audit log, but is still there.</source>
        <translation>表 %1 第 %2 条记录按审计日志已删除，但仍在登记册中。</translation>
    </message>
    <message>
        <source>%1 record %2 differs from its latest audit values: it was changed outside Linli.</source>
        <translation>表 %1 第 %2 条记录与其最新审计值不一致：它在邻里台账之外被改动过。</translation>
    </message>
    <message>
        <source>%1 record %2 is in the audit log but missing from the register: it was deleted outside Linli.</source>
        <translation>表 %1 第 %2 条记录在审计日志中存在，但登记册中没有：它在邻里台账之外被删除了。</translation>
    </message>
    <message>
        <source>column %1 is &quot;%2&quot; in the register but &quot;%3&quot; in the audit log</source>
        <translation>列 %1 在登记册中为“%2”，审计日志中为“%3”</translation>
    </message>
    <message>
        <source>%1 record %2 was changed outside Linli: %3.</source>
        <translation>表 %1 第 %2 条记录在邻里台账之外被改动过：%3。</translation>
    </message>
    <message>
        <source>the audit log has %1 rows, fewer than the %2 of the digest %3: rows were removed</source>
        <translation>审计日志只有 %1 行，少于摘要 %3 的 %2 行：有记录被删除</translation>
    </message>
    <message>
        <source>audit row %1 has another hash than the digest %2: the log was rewritten</source>
        <translation>审计日志第 %1 行的哈希与摘要 %2 不同：日志被改写过</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row must be written inside the change&apos;s transaction.</source>
        <translation>审计记录必须与所记录的修改在同一事务中写入。</translation>
    </message>
    <message>
        <source>audit row %1 does not follow the row before it (a row was removed or changed)</source>
        <translation>审计记录第 %1 行与上一行衔接不上（有记录被删除或改动）</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written</source>
        <translation>审计记录第 %1 行在写入后被改动过</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>自(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>备份 %1 未通过检查：%2</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的清单：%2</translation>
    </message>
    <message>
        <source>A register on a PostgreSQL server is backed up by the server (pg_dump), not by Linli.</source>
        <translation>PostgreSQL 服务器上的登记册由服务器备份（pg_dump），而不是由邻里台账备份。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>its manifest %1 is missing</source>
        <translation>缺少其清单 %1</translation>
    </message>
    <message>
        <source>its audit digest is %1, its manifest says %2</source>
        <translation>其审计摘要为 %1，清单中为 %2</translation>
    </message>
    <message>
        <source>table %1 has %2 rows, its manifest says %3</source>
        <translation>表 %1 有 %2 行，清单中为 %3 行</translation>
    </message>
    <message>
        <source>%1 already exists; a restore writes a new file and never replaces one.</source>
        <translation>%1 已存在；恢复只写入新文件，从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>CareTagRepository</name>
    <message>
        <source>&apos;%1&apos; is not a care tag.</source>
        <translation>“%1”不是重点人群标签。</translation>
    </message>
    <message>
        <source>The tag %1</source>
        <translation>标签“%1”</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Up to week</source>
        <translation>截至周次(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>范围(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>保存为 PNG(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file starts as UTF-8 but holds bytes that are not UTF-8.</source>
        <translation>文件开头标明为 UTF-8，但其中有不是 UTF-8 的字节。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and GBK cannot be read on this system.</source>
        <translation>文件不是 UTF-8 编码，而本机无法读取 GBK 编码。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK; save it from Excel as CSV UTF-8.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码；请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>Line %1, field %2 is longer than %3 characters, the most a cell holds.</source>
        <translation>第 %1 行第 %2 列超过 %3 个字符，超出单元格的上限。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file may be cut short.</source>
        <translation>第 %1 行：引号括起的字段没有结束，文件可能不完整。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields, the most a sheet has.</source>
        <translation>第 %1 行超过 %2 个字段，超出工作表的列数上限。</translation>
    </message>
    <message>
        <source>The file is larger than an import reads at once (%1 cells by line %2, about %3 MB); split it into several files.</source>
        <translation>文件超出一次导入所能读取的大小（到第 %2 行已有 %1 个单元格，约 %3 MB），请拆分为几个文件。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database address %1 is not of the form postgresql://user@host:port/dbname.</source>
        <translation>数据库地址 %1 格式不对，应为 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>无法连接 PostgreSQL 数据库 %1：%2</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>登记册 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the register %1: the folder %2 does not exist.</source>
        <translation>无法创建登记册 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Linli register.</source>
        <translation>%1 是文件夹，不是邻里台账登记册。</translation>
    </message>
    <message>
        <source>Cannot read the register %1: %2</source>
        <translation>无法读取登记册 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Linli register (it is not a database file).</source>
        <translation>文件 %1 不是邻里台账登记册（不是数据库文件）。</translation>
    </message>
    <message>
        <source>The register %1 is on a network share (%2). SQLite cannot lock files safely there; keep the register on a local disk, or use a PostgreSQL server for shared work.</source>
        <translation>登记册 %1 位于网络共享目录（%2）上，SQLite 在网络共享上无法可靠加锁。请把登记册放在本机磁盘上；多台电脑共用时请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation>无法打开登记册 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a usable Linli register: %2</source>
        <translation>文件 %1 不是可用的邻里台账登记册：%2</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Linli register.</source>
        <translation>文件 %1 是数据库，但不是邻里台账登记册。</translation>
    </message>
    <message>
        <source>The register %1 has schema version %2, but this Linli understands only up to version %3. Install a newer Linli to open it.</source>
        <translation>登记册 %1 的数据结构版本为 %2，本程序最高只支持版本 %3。请安装新版邻里台账后再打开。</translation>
    </message>
    <message>
        <source>The register&apos;s connection is closed.</source>
        <translation>登记册的连接已关闭。</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes), not a Linli register.</source>
        <translation>文件 %1 是空文件（0 字节），不是邻里台账登记册。</translation>
    </message>
    <message>
        <source>The register %1 is damaged: its schema version %2 is not one Linli ever wrote.</source>
        <translation>登记册 %1 已损坏：其结构版本 %2 不是邻里台账写过的版本。</translation>
    </message>
    <message>
        <source>The register %1 is damaged: its schema version is missing.</source>
        <translation>登记册 %1 已损坏：缺少结构版本。</translation>
    </message>
    <message>
        <source>The file %1 is an empty database, not a Linli register.</source>
        <translation>文件 %1 是空数据库，不是邻里台账登记册。</translation>
    </message>
    <message>
        <source>The database %1 holds no Linli register; create one with linli-cli init.</source>
        <translation>数据库 %1 中没有邻里台账登记册；请先用 linli-cli init 新建。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or not a Linli register (SQLite: %2).</source>
        <translation>文件 %1 已损坏，或不是邻里台账登记册（SQLite：%2）。</translation>
    </message>
    <message>
        <source>%1 already exists; a new register is never written over a file.</source>
        <translation>%1 已存在；新建登记册不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The new register %1 is still in use.</source>
        <translation>新登记册 %1 仍在使用中。</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>文件 %1 是只读的</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written to</source>
        <translation>所在文件夹 %1 不可写</translation>
    </message>
    <message>
        <source>The register %1 must be upgraded, but could not be backed up first, so it was left as it was: %2</source>
        <translation>登记册 %1 需要升级，但升级前未能备份，因此保持原样未动：%2</translation>
    </message>
    <message>
        <source>it was opened only to be read</source>
        <translation>仅为读取而打开</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo resident %1 at %2: %3</source>
        <translation>演示居民 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo preset: use community, street or district.</source>
        <translation>“%1”不是演示数据规模，请用 community、street 或 district。</translation>
    </message>
    <message>
        <source>The demo needs a valid day for &apos;today&apos;.</source>
        <translation>生成演示数据需要一个有效的“今天”日期。</translation>
    </message>
    <message>
        <source>%1 already exists; the demo writes only a new register and leaves that file as it is.</source>
        <translation>%1 已存在；演示数据只写入新的登记册，原文件保持不变。</translation>
    </message>
    <message>
        <source>The demo covers 1 to 5 years, not %1.</source>
        <translation>演示数据可覆盖 1 至 5 年，不能是 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a register; the demo fills only an empty database.</source>
        <translation>%1 已有登记册；演示数据只写入空数据库。</translation>
    </message>
</context>
<context>
    <name>DwellingIndex</name>
    <message>
        <source>unit %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <source>No household is registered at %1; import or register the household first.</source>
        <translation>%1 没有登记住户；请先导入或登记该住户。</translation>
    </message>
    <message>
        <source>The household at this address is in grid %1, not %2.</source>
        <translation>该地址的住户属于%1，不是%2。</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>No sheet has a header row with the columns %1 in its first %2 rows.</source>
        <translation>没有哪个工作表的前 %2 行中有包含 %1 等列的表头行。</translation>
    </message>
    <message>
        <source>Sheet %1, row %2 looks like the header row but lacks the columns %3; the columns are %4.</source>
        <translation>工作表 %1 第 %2 行像是表头行，但缺少 %3 列；应有的列为 %4。</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Address and housing</source>
        <translation>地址与住房</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ompound</source>
        <translation>小区/院落(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>Housing &amp;use</source>
        <translation>住房用途(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Household &amp;tags</source>
        <translation>户标签(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>编辑成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Moved o&amp;ut…</source>
        <translation>迁出(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Deceased…</source>
        <translation>死亡(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>HouseholdImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use: use 自住, 出租, 空置 or 其他.</source>
        <translation>“%1”不是住房用途：请填自住、出租、空置或其他。</translation>
    </message>
    <message>
        <source>The same dwelling is already in an earlier row of the file.</source>
        <translation>文件前面已有同一住址的一行。</translation>
    </message>
    <message>
        <source>A household is already registered at this address.</source>
        <translation>该住址已有在册住户。</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <source>compound %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <source>building %1%2</source>
        <translation>楼栋 %1%2</translation>
    </message>
    <message>
        <source>grid %1/%2</source>
        <translation>网格 %1/%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a household status: use 在册, 迁出 or 注销.</source>
        <translation>“%1”不是住户状态：请填 在册、迁出 或 注销。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a care tag of the register: add it under 设置 first, or correct the name.</source>
        <translation>“%1”不是本登记册的关怀标签：请先在 设置 中添加，或更正名称。</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Choose the grid of the household.</source>
        <translation>请选择该户所属网格。</translation>
    </message>
    <message>
        <source>Choose the compound of the household.</source>
        <translation>请选择该户所在小区/院落。</translation>
    </message>
    <message>
        <source>The room number of the household is empty.</source>
        <translation>房号未填写。</translation>
    </message>
    <message>
        <source>The unit and room may have at most 20 characters each.</source>
        <translation>单元和房号各不能超过 20 个字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use.</source>
        <translation>“%1”不是住房用途。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a household status.</source>
        <translation>“%1”不是住户状态。</translation>
    </message>
    <message>
        <source>The compound %1 and the grid %2 belong to different communities.</source>
        <translation>小区“%1”和网格“%2”不属于同一个社区。</translation>
    </message>
    <message>
        <source>The building %1 is not in the compound %2.</source>
        <translation>楼栋“%1”不在小区“%2”内。</translation>
    </message>
    <message>
        <source>A household is already registered at %1. Open that household instead of adding it again.</source>
        <translation>%1 已登记有一户。请打开该户修改，不要重复登记。</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>住户 %1 不存在。</translation>
    </message>
    <message>
        <source>No household has the uuid %1.</source>
        <translation>没有 uuid 为 %1 的住户。</translation>
    </message>
    <message>
        <source>The household at %1</source>
        <translation>住户（%1）</translation>
    </message>
    <message>
        <source>Give the date of the status change.</source>
        <translation>请填写状态变更日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The household at %1 still has %2 active members: move them out or record their death before closing it.</source>
        <translation>住户（%1）还有 %2 名在册成员：请先办理迁出或登记死亡，再注销该户。</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>公民身份号码未填写。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters, but %1 has %2.</source>
        <translation>公民身份号码应为 18 位，%1 却有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 of the ID number %2 is &apos;%3&apos;, but only digits may stand there.</source>
        <translation>公民身份号码 %2 的第 %1 位是“%3”，此处只能是数字。</translation>
    </message>
    <message>
        <source>The last character of the ID number %1 must be a digit or X, not &apos;%2&apos;.</source>
        <translation>公民身份号码 %1 的最后一位应为数字或 X，不能是“%2”。</translation>
    </message>
    <message>
        <source>The ID number %1 starts with %2, which is not a province code.</source>
        <translation>公民身份号码 %1 以 %2 开头，这不是省级行政区代码。</translation>
    </message>
    <message>
        <source>The ID number %1 contains the birth date %2, which is not a real date.</source>
        <translation>公民身份号码 %1 中的出生日期 %2 不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number %1 contains the birth date %2, which is in the future.</source>
        <translation>公民身份号码 %1 中的出生日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>The check character of the ID number %1 should be %2, not %3: a digit was probably mistyped.</source>
        <translation>公民身份号码 %1 的校验码应为 %2，而不是 %3：可能有数字录错。</translation>
    </message>
    <message>
        <source>The ID number %1 was damaged by Excel: it was stored as a number, so %2. Set the column&apos;s format to Text in Excel and type the number again.</source>
        <translation>公民身份号码 %1 已被 Excel 损坏：它被存成了数字，因此%2。请在 Excel 中把该列设为“文本”格式后重新输入。</translation>
    </message>
    <message>
        <source>it shows in scientific notation and its digits are lost</source>
        <translation>显示为科学计数法，后几位数字已丢失</translation>
    </message>
    <message>
        <source>its last digits became 000</source>
        <translation>最后几位变成了 000</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已停止，未写入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>导入内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns (field of the register ← column of the file)</source>
        <translation>列对应（台账字段 ← 文件中的列）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>跳过有问题的行，导入其余各行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>&apos;%1&apos; is not a week: write it as 2026-W47.</source>
        <translation>“%1”不是周次：请写成 2026-W47 的形式。</translation>
    </message>
    <message>
        <source>%1 has no week %2: its weeks are 1 to %3.</source>
        <translation>%1 年没有第 %2 周：该年为第 1 至第 %3 周。</translation>
    </message>
</context>
<context>
    <name>IssueActionDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>责任单位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>责任人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Handling type</source>
        <translation>办理类型(&amp;H)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>办理时限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>回访结果(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>理由(&amp;E)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Register an issue</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>问题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Subcategory</source>
        <translation>子类(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reporter</source>
        <translation>反映人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>情况描述(&amp;E)</translation>
    </message>
</context>
<context>
    <name>IssueImport</name>
    <message>
        <source>&apos;%1&apos; is not one of %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>There is already an issue numbered %1.</source>
        <translation>已有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>The number %1 is already in row %2 of the file.</source>
        <translation>编号 %1 已出现在文件第 %2 行。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>地址 is empty: say where the problem is (a dwelling, a building, a street).</source>
        <translation>地址为空：请写明问题所在（住户、楼栋或街巷）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue category in use; the categories are %2 (设置 → 问题台账设置 edits the list).</source>
        <translation>“%1”不是在用的问题类别；类别有：%2（可在 设置 → 问题台账设置 中修改）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcategory of %2.</source>
        <translation>“%1”不是“%2”的子类。</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <source>grid %1/%2</source>
        <translation>网格 %1/%2</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>责任单位 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of returns.</source>
        <translation>“%1”不是退回次数。</translation>
    </message>
    <message>
        <source>状态 %1 does not agree with the dates: %2</source>
        <translation>状态“%1”与日期不符：%2</translation>
    </message>
    <message>
        <source>an issue that is %1 has no %2.</source>
        <translation>“%1”的问题不应有%2。</translation>
    </message>
    <message>
        <source>an issue not yet accepted has not been returned.</source>
        <translation>尚未受理的问题不会被退回。</translation>
    </message>
    <message>
        <source>after a follow-up of %1 the issue is 已回访, not %2.</source>
        <translation>回访结果为“%1”时状态应为已回访，而不是%2。</translation>
    </message>
    <message>
        <source>an issue followed up 不满意 is reopened (办理中).</source>
        <translation>回访不满意的问题应重新办理（办理中）。</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 早于%3 %4。</translation>
    </message>
    <message>
        <source>The department %1 is retired; reinstate it under 设置 → 问题台账设置 first.</source>
        <translation>责任单位“%1”已停用；请先在 设置 → 问题台账设置 中恢复。</translation>
    </message>
    <message>
        <source>returned (one of the returns counted in the imported ledger)</source>
        <translation>退回（导入台账中记录的退回次数）</translation>
    </message>
    <message>
        <source>rejected (imported ledger)</source>
        <translation>不予受理（导入台账）</translation>
    </message>
</context>
<context>
    <name>IssueRepository</name>
    <message>
        <source>No issue number could be given.</source>
        <translation>无法分配问题编号。</translation>
    </message>
    <message>
        <source>Name the department that must handle the issue.</source>
        <translation>请填写承办该问题的责任单位。</translation>
    </message>
    <message>
        <source>The issue has no title.</source>
        <translation>问题标题未填写。</translation>
    </message>
    <message>
        <source>The date &apos;%1&apos; is not of the form YYYY-MM-DD.</source>
        <translation>日期“%1”格式不对，应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue category; the categories are %2.</source>
        <translation>“%1”不是问题类别；类别有：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subcategory of %2.</source>
        <translation>“%1”不是“%2”下的子类。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source of issues.</source>
        <translation>“%1”不是问题来源。</translation>
    </message>
    <message>
        <source>Give the household or the place the issue is about.</source>
        <translation>请指明问题涉及的住户或地点。</translation>
    </message>
    <message>
        <source>Grid %1 does not exist.</source>
        <translation>网格 %1 不存在。</translation>
    </message>
    <message>
        <source>Say which community the issue belongs to.</source>
        <translation>请指明问题所属社区。</translation>
    </message>
    <message>
        <source>Record the result of the follow-up: 满意, 基本满意 or 不满意.</source>
        <translation>请填写回访结果：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>Issue %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>The date of the action is missing.</source>
        <translation>未填写办理日期。</translation>
    </message>
    <message>
        <source>The date %1 is before the issue was registered on %2.</source>
        <translation>日期 %1 早于问题登记日期 %2。</translation>
    </message>
    <message>
        <source>%1 needs a reason.</source>
        <translation>%1需要填写理由。</translation>
    </message>
    <message>
        <source>Issue %1 is already with %2; re-dispatch names another department.</source>
        <translation>问题 %1 已由%2承办；改派须指定另一个责任单位。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handling type: use 立行立改, 限期办理 or 分阶段整改.</source>
        <translation>“%1”不是办理类型，请用立行立改、限期办理或分阶段整改。</translation>
    </message>
    <message>
        <source>The deadline %1 is before the dispatch date %2.</source>
        <translation>办理时限 %1 早于交办日期 %2。</translation>
    </message>
    <message>
        <source>办结 needs the result of the handling.</source>
        <translation>办结需要填写办理结果。</translation>
    </message>
    <message>
        <source>改期 needs a reason.</source>
        <translation>改期需要填写理由。</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>请填写新的办理时限。</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Issue %1 does not exist.</source>
        <translation>问题 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no issue numbered %1.</source>
        <translation>没有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>The attachment has no file name.</source>
        <translation>附件没有文件名。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The file %1 has %2 MB; an attachment may have at most %3 MB.</source>
        <translation>文件 %1 有 %2 MB，附件最大只能 %3 MB。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of attachment: use before, after or document.</source>
        <translation>“%1”不是附件类型，请用 before（整改前）、after（整改后）或 document（文件）。</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has been retired from the list of departments; reinstate it in the settings or choose another.</source>
        <translation>%1 已从部门列表中停用，请在设置中重新启用，或选择其他部门。</translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation>走访记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Visit %1 was to another household.</source>
        <translation>走访记录 %1 属于另一户。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue number: they are written YYYY-NNNNNN.</source>
        <translation>“%1”不是问题编号，编号格式为 YYYY-NNNNNN。</translation>
    </message>
    <message>
        <source>The number %1 is not of the year %2 in which the issue was registered.</source>
        <translation>编号 %1 与登记年份 %2 不符。</translation>
    </message>
    <message>
        <source>There is already an issue numbered %1.</source>
        <translation>已有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>The place of the issue</source>
        <translation>该问题所在地点</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>The reporter&apos;s name</source>
        <translation>反映人姓名</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>The assignee&apos;s name</source>
        <translation>责任人姓名</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation>预警(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>责任单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Registered from</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Number, title, place or reporter (Ctrl+F)</source>
        <translation>编号、标题、地点或反映人（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Attach &amp;photo or file…</source>
        <translation>添加照片或文件(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>LedgerSettings</name>
    <message>
        <source>The name of the %1 is empty.</source>
        <translation>%1名称不能为空。</translation>
    </message>
    <message>
        <source>The name of the %1 may have at most %2 characters.</source>
        <translation>%1名称最多 %2 个字。</translation>
    </message>
    <message>
        <source>Category %1 does not exist.</source>
        <translation>分类 %1 不存在。</translation>
    </message>
    <message>
        <source>subcategory</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>%1 is itself a subcategory; subcategories have no subcategories of their own.</source>
        <translation>%1 本身是子类，子类下不能再设子类。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>分类 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) are filed under %1, so it cannot be deleted; retire it instead.</source>
        <translation>
            <numerusform>已有 %n 条问题归在 %1 下，不能删除；可改为停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still has subcategories; delete or retire them first.</source>
        <translation>%1 下还有子类，请先删除或停用子类。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>Issues have been dispatched to %1, so it cannot be deleted; retire it instead.</source>
        <translation>已有问题交办给 %1，不能删除；可改为停用。</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Assignee %1</source>
        <translation>承办人 %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>设置项 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a handling type.</source>
        <translation>“%1”不是办理类型。</translation>
    </message>
    <message>
        <source>The deadline of %1 must be between 1 and %2 days, not %3.</source>
        <translation>%1的办理时限应在 1 至 %2 天之间，不能是 %3。</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>问题 %1</translation>
    </message>
</context>
<context>
    <name>LedgerSettingsDialog</name>
    <message>
        <source>Issue ledger settings</source>
        <translation>问题台账设置</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>问题分类(&amp;C)</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新增分类…</translation>
    </message>
    <message>
        <source>New subcategory…</source>
        <translation>新增子类…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Departments and assignees</source>
        <translation>部门与承办人(&amp;D)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Assignees of the department</source>
        <translation>该部门的承办人</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>办理时限(&amp;L)</translation>
    </message>
    <message>
        <source>Days from the dispatch date to the default deadline of each handling type. Deadlines already set are not changed.</source>
        <translation>各办理类型从交办之日起的默认办理天数。已设定的期限不受影响。</translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation>保存时限(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation>显示名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>再次输入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Logins</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords; try again after %3.</source>
        <translation>账户 %1 因连续 %2 次密码错误已被锁定，请于 %3 后再试。</translation>
    </message>
    <message>
        <source>The password is wrong for the %1th time in a row: the account %2 is locked for %3 minutes.</source>
        <translation>密码已连续第 %1 次错误：账户 %2 锁定 %3 分钟。</translation>
    </message>
    <message>
        <source>%1 (%2 more tries before the account is locked)</source>
        <translation>%1（再错 %2 次账户将被锁定）</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>账户 %1 已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>The account %1 has been disabled.</source>
        <translation>账户 %1 已被停用。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Linli</source>
        <translation>邻里台账</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>新建登记册(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>打开登记册(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Linli</source>
        <translation>关于邻里台账(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Issue ledger settings…</source>
        <translation>问题台账设置(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user…</source>
        <translation>注销/切换用户(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>空闲锁定时间(&amp;I)…</translation>
    </message>
    <message>
        <source>Download the import &amp;template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>区域管理(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the register %1 to version %2 failed, and it was left as it was: %3</source>
        <translation>登记册 %1 升级到版本 %2 失败，登记册保持原样未改动：%3</translation>
    </message>
    <message>
        <source>The register %1 has schema version %2, which this Linli cannot upgrade.</source>
        <translation>登记册 %1 的结构版本为 %2，本程序无法升级。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters; this one has %2.</source>
        <translation>密码至少需要 %1 个字符；当前只有 %2 个。</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may not contain tabs or line breaks.</source>
        <translation>密码不能包含制表符或换行。</translation>
    </message>
    <message>
        <source>A password needs characters of at least two kinds: letters, digits, other signs.</source>
        <translation>密码须至少包含两类字符：字母、数字、其他符号。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码散列（内存不足）。</translation>
    </message>
    <message>
        <source>A password salt has %1 bytes.</source>
        <translation>密码盐须为 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number &apos;%1&apos; contains characters other than digits.</source>
        <translation>电话号码“%1”含有数字以外的字符。</translation>
    </message>
    <message>
        <source>The mobile number &apos;%1&apos; must have 11 digits, but has %2.</source>
        <translation>手机号码“%1”应为 11 位，现在是 %2 位。</translation>
    </message>
    <message>
        <source>The mobile number &apos;%1&apos; must start with 13 to 19.</source>
        <translation>手机号码“%1”应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>The landline number &apos;%1&apos; must be an area code followed by 7 or 8 digits.</source>
        <translation>固定电话“%1”应为区号加 7 或 8 位号码。</translation>
    </message>
    <message>
        <source>The phone number &apos;%1&apos; is neither an 11-digit mobile nor a landline with its area code.</source>
        <translation>电话号码“%1”既不是 11 位手机号码，也不是带区号的固定电话。</translation>
    </message>
</context>
<context>
    <name>PlaceRepository</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>The name of the %1 is empty.</source>
        <translation>%1名称未填写。</translation>
    </message>
    <message>
        <source>The name of the %1 is longer than 100 characters.</source>
        <translation>%1名称超过 100 个字。</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>There is no community named &apos;%1&apos; in this register.</source>
        <translation>本登记册中没有名为“%1”的社区。</translation>
    </message>
    <message>
        <source>There is no grid named &apos;%1&apos; in this register.</source>
        <translation>本登记册中没有名为“%1”的网格。</translation>
    </message>
    <message>
        <source>There is no compound named &apos;%1&apos; in this register.</source>
        <translation>本登记册中没有名为“%1”的小区。</translation>
    </message>
    <message>
        <source>There is no building named &apos;%1&apos; in this register.</source>
        <translation>本登记册中没有名为“%1”的楼栋。</translation>
    </message>
    <message>
        <source>Several communities have a grid named &apos;%1&apos;; write it as 社区名/%1.</source>
        <translation>多个社区都有名为“%1”的网格；请写作 社区名/%1。</translation>
    </message>
    <message>
        <source>Several communities have a compound named &apos;%1&apos;; write it as 社区名/%1.</source>
        <translation>多个社区都有名为“%1”的小区；请写作 社区名/%1。</translation>
    </message>
    <message>
        <source>Several compounds have a building named &apos;%1&apos;; write it as 小区名/%1.</source>
        <translation>多个小区都有名为“%1”的楼栋；请写作 小区名/%1。</translation>
    </message>
    <message>
        <source>Only an administrator adds a community (%1).</source>
        <translation>只有系统管理员可以新增社区（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 件问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) under it</source>
        <translation>
            <numerusform>下属 %n 处区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a path to a %2.</source>
        <translation>“%1”不是%2的路径。</translation>
    </message>
    <message>
        <source>There is no %1 named &apos;%2&apos; in %3.</source>
        <translation>%3 中没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>Only an administrator changes a community.</source>
        <translation>只有系统管理员可以更改社区。</translation>
    </message>
    <message>
        <source>The community %1 already exists.</source>
        <translation>社区 %1 已存在。</translation>
    </message>
    <message>
        <source>The community %1 already has a grid named %2.</source>
        <translation>社区 %1 已有名为 %2 的网格。</translation>
    </message>
    <message>
        <source>The community %1 already has a compound named %2.</source>
        <translation>社区 %1 已有名为 %2 的小区。</translation>
    </message>
    <message>
        <source>A building has 0 to 99 units, not %1.</source>
        <translation>楼栋的单元数应为 0 到 99，不能是 %1。</translation>
    </message>
    <message>
        <source>Choose the grid the building lies in.</source>
        <translation>请选择楼栋所在的网格。</translation>
    </message>
    <message>
        <source>The grid %1 is not in the community of the compound %2.</source>
        <translation>网格 %1 不在小区 %2 所属的社区内。</translation>
    </message>
    <message>
        <source>The compound %1 already has a building named %2.</source>
        <translation>小区 %1 已有名为 %2 的楼栋。</translation>
    </message>
    <message>
        <source>There is already a %1 named %2 there.</source>
        <translation>该处已有名为 %2 的%1。</translation>
    </message>
    <message>
        <source>Choose the grid to move the building to.</source>
        <translation>请选择楼栋要移入的网格。</translation>
    </message>
    <message>
        <source>The grid %1 is in another community: a building moves only between the grids of its community.</source>
        <translation>网格 %1 属于其他社区：楼栋只能在本社区的网格之间调整。</translation>
    </message>
    <message>
        <source>The grid %1 is retired.</source>
        <translation>网格 %1 已停用。</translation>
    </message>
    <message>
        <source>Give the date the place is retired.</source>
        <translation>请填写停用日期。</translation>
    </message>
    <message>
        <source>The %1 %2 is already retired.</source>
        <translation>%1 %2 已经停用。</translation>
    </message>
    <message>
        <source>The %1 %2 is in use (%3) and cannot be deleted; retire it instead.</source>
        <translation>%1 %2 正在使用（%3），不能删除；可改为停用。</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>The print fonts are not installed: printing needs &quot;AR PL UMing CN&quot; and &quot;WenQuanYi Zen Hei&quot; (Debian packages fonts-arphic-uming and fonts-wqy-zenhei), or SimSun and SimHei on Windows.</source>
        <translation>未安装打印字体：打印需要“AR PL UMing CN”和“WenQuanYi Zen Hei”（Debian 软件包 fonts-arphic-uming 和 fonts-wqy-zenhei），Windows 上需要宋体和黑体。</translation>
    </message>
    <message>
        <source>The printer does not take A4 paper.</source>
        <translation>该打印机不支持 A4 纸。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>打印机未能接收第 %1 页。</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>文档未能完成输出。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>There are no households in %1 to print.</source>
        <translation>%1 没有可打印的在册住户。</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
    <message>
        <source>the file was never opened</source>
        <translation>文件未能打开</translation>
    </message>
    <message>
        <source>%1 already exists; it is left as it is.</source>
        <translation>%1 已存在，保持原样未动。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record %1 of %2 does not exist.</source>
        <translation>%2 中的记录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it (you edited version %4, the register now has version %5). Nothing was saved: reload it and make your change again.</source>
        <translation>您打开%1之后，%2 于 %3 修改了它（您编辑的是第 %4 版，登记册中已是第 %5 版）。本次修改未保存：请重新打开后再修改。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else at the same moment. Nothing was saved.</source>
        <translation>%1同时被他人修改，本次修改未保存。</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>%1 %2 缺失</translation>
    </message>
    <message>
        <source>table %1 lacks the column(s) %2</source>
        <translation>表 %1 缺少列 %2</translation>
    </message>
    <message>
        <source>table %1 has the unknown column(s) %2</source>
        <translation>表 %1 有不应有的列 %2</translation>
    </message>
    <message>
        <source>table %1 is not defined as version %2 defines it</source>
        <translation>表 %1 的定义与第 %2 版结构不符</translation>
    </message>
    <message>
        <source>%1 %2 is not defined as version %3 defines it</source>
        <translation>%1 %2 的定义与第 %3 版结构不符</translation>
    </message>
    <message>
        <source>%1 %2 is not part of a Linli register</source>
        <translation>%1 %2 不属于邻里台账登记册</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>&apos;%1&apos; is not a table to import: use households, residents, issues or visits.</source>
        <translation>“%1”不是可导入的表：请用 households（住户）、residents（居民）、issues（问题台账）或 visits（走访）。</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search name, ID number, phone or address (Ctrl+F)</source>
        <translation>搜索姓名、身份证号、电话或地址（Ctrl+F）</translation>
    </message>
    <message>
        <source>Active households only</source>
        <translation>只看在册户</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新增住户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Move out…</source>
        <translation>整户迁出(&amp;M)…</translation>
    </message>
    <message>
        <source>Register &amp;issue…</source>
        <translation>登记问题(&amp;I)…</translation>
    </message>
    <message>
        <source>Log &amp;visit…</source>
        <translation>登记走访(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>公民身份号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Residence &amp;type</source>
        <translation>户籍类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Party member</source>
        <translation>党员(&amp;P)</translation>
    </message>
    <message>
        <source>Care &amp;tags</source>
        <translation>重点人群标签(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;full</source>
        <translation>显示完整号码(&amp;F)</translation>
    </message>
    <message>
        <source>Shows this member&apos;s ID number in full so that it can be checked or corrected; this is recorded in the audit log.</source>
        <translation>显示该成员的完整身份证号，以便核对或更正；此操作将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A resident who is %1 needs the date: add a column 状态日期 with the date of moving out or of death.</source>
        <translation>状态为“%1”的居民需要日期：请增加“状态日期”列，填写迁出或死亡日期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a care tag of the register: add it under 设置 first, or correct the name.</source>
        <translation>“%1”不是本台账的关怀标签：请先在设置中添加，或更正名称。</translation>
    </message>
    <message>
        <source>The ID number %1 is already in row %2 of the file.</source>
        <translation>公民身份号码 %1 已出现在文件第 %2 行。</translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2.</source>
        <translation>公民身份号码 %1 已登记为%2。</translation>
    </message>
    <message>
        <source>The household already has a head, %1.</source>
        <translation>该户已有户主：%1。</translation>
    </message>
    <message>
        <source>a resident outside your area</source>
        <translation>您管辖范围以外的一位居民</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 是 or 否.</source>
        <translation>“%1”不是 是 或 否。</translation>
    </message>
</context>
<context>
    <name>ResidentRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>姓名未填写。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex: use 男 or 女.</source>
        <translation>“%1”不是性别，请填“男”或“女”。</translation>
    </message>
    <message>
        <source>The birth date &apos;%1&apos; is not a date of the form YYYY-MM-DD.</source>
        <translation>出生日期“%1”格式不对，应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation to the household head.</source>
        <translation>“%1”不是与户主关系。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a residence type.</source>
        <translation>“%1”不是户籍类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resident status.</source>
        <translation>“%1”不是居民状态。</translation>
    </message>
    <message>
        <source>Give the date of moving out or of death.</source>
        <translation>请填写迁出或死亡日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the birth date %2.</source>
        <translation>日期 %1 早于出生日期 %2。</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>住户 %1 不存在。</translation>
    </message>
    <message>
        <source>The household at %1 is no longer in the register; an active resident cannot be added to it.</source>
        <translation>住户（%1）已不在册，不能再添加在册居民。</translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for %2 at %3.</source>
        <translation>公民身份号码 %1 已登记在 %3 的 %2 名下。</translation>
    </message>
    <message>
        <source>The household at %1 already has a head, %2. Change that member&apos;s relation first.</source>
        <translation>住户（%1）已有户主 %2。请先修改该成员的与户主关系。</translation>
    </message>
    <message>
        <source>Resident %1 does not exist.</source>
        <translation>居民 %1 不存在。</translation>
    </message>
    <message>
        <source>No active resident has the ID number %1.</source>
        <translation>没有公民身份号码为 %1 的在册居民。</translation>
    </message>
    <message>
        <source>The resident %1</source>
        <translation>居民 %1 的信息</translation>
    </message>
    <message>
        <source>Household %1 has no head.</source>
        <translation>住户 %1 没有户主。</translation>
    </message>
    <message>
        <source>A checked write needs the transaction its checks ran in.</source>
        <translation>已检查的写入必须在检查时所用的事务中进行。</translation>
    </message>
    <message>
        <source>The ID number %1 is already registered for a resident outside your area.</source>
        <translation>身份证号 %1 已登记在您管辖范围以外的居民名下。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Moved to</source>
        <translation>迁往(&amp;M)</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>%1: export writes .xlsx or .csv files.</source>
        <translation>%1：只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>a sheet cannot be named &apos;%1&apos;</source>
        <translation>工作表不能命名为“%1”</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>%1 may have at most %2 characters; this one has %3.</source>
        <translation>%1最多 %2 个字，现有 %3 个字。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start writing to the register (another program may be writing): %1</source>
        <translation>无法开始写入登记册（可能有其他程序正在写入）：%1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>事务未开始。</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>本次修改有一部分失败，因此全部未保存。</translation>
    </message>
    <message>
        <source>The register %1 is open read-only (%2): it can be read and printed, not changed.</source>
        <translation>登记册 %1 以只读方式打开（%2）：只能查看和打印，不能修改。</translation>
    </message>
    <message>
        <source>The change could not be announced to the other workstations, so it was not saved: %1</source>
        <translation>无法将本次修改通知其他工作站，因此未保存：%1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Role and area…</source>
        <translation>角色与范围(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>Type a name, ID number, phone or address</source>
        <translation>输入姓名、身份证号、电话或地址</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>走访类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>走访人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>见面人员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>情况记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>发现问题(&amp;F)</translation>
    </message>
    <message>
        <source>Register an &amp;issue from this visit</source>
        <translation>据此次走访登记问题(&amp;I)</translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.</source>
        <translation>“%1”不是走访类型：请用 日常走访、重点关怀、回访 或 入户核查。</translation>
    </message>
    <message>
        <source>The same visit (household, day and visitor) is already in row %1 of the file.</source>
        <translation>同一走访（住户、日期、走访人）已出现在文件第 %1 行。</translation>
    </message>
    <message>
        <source>This visit (household, day and visitor) is already in the register.</source>
        <translation>该走访（住户、日期、走访人）已在台账中。</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>The visit date &apos;%1&apos; is not of the form YYYY-MM-DD.</source>
        <translation>走访日期“%1”不是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future; a visit is logged once it has taken place.</source>
        <translation>走访日期 %1 在今天之后；走访须在完成后登记。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of visit: use 日常走访, 重点关怀, 回访 or 入户核查.</source>
        <translation>“%1”不是走访类型：请用日常走访、重点关怀、回访或入户核查。</translation>
    </message>
    <message>
        <source>Say who made the visit.</source>
        <translation>请填写走访人。</translation>
    </message>
    <message>
        <source>Say which household was visited.</source>
        <translation>请选择走访的住户。</translation>
    </message>
    <message>
        <source>Household %1 does not exist in this register.</source>
        <translation>本登记册中没有住户 %1。</translation>
    </message>
    <message>
        <source>%1 is no longer in the register (%2 since %3); a visit on %4 cannot be logged.</source>
        <translation>%1 已不在册（自 %3 起%2），不能登记 %4 的走访。</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation>走访记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Give the day the due list is for.</source>
        <translation>请给出待走访清单的日期。</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>住户 %1 不存在。</translation>
    </message>
    <message>
        <source>Coverage is counted for a year up to this one (%1), not for %2.</source>
        <translation>覆盖率只能统计今年（%1）及以前的年份，不能统计 %2 年。</translation>
    </message>
    <message>
        <source>%1 has logged no visit in the year up to %2, so their grids are not known.</source>
        <translation>%1 在截至 %2 的一年内没有走访记录，无法确定其负责的网格。</translation>
    </message>
    <message>
        <source>The visitor&apos;s name</source>
        <translation>走访人姓名</translation>
    </message>
    <message>
        <source>The record of the visit</source>
        <translation>走访情况记录</translation>
    </message>
    <message>
        <source>The problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>The persons met</source>
        <translation>见面人员</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visit &amp;log</source>
        <translation>走访记录(&amp;L)</translation>
    </message>
    <message>
        <source>Log a &amp;visit…</source>
        <translation>登记走访(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Search address, notes or findings (Ctrl+F)</source>
        <translation>搜索地址、情况记录或发现问题（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Due (待走访)</source>
        <translation>待走访(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>Log a visit to the &amp;selected…</source>
        <translation>走访所选住户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>覆盖率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>网格员(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>overdue since %1</source>
        <translation>已超期（时限 %1）</translation>
    </message>
    <message numerus="yes">
        <source>returned %n time(s)</source>
        <translation>
            <numerusform>已退回 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>dissatisfied at follow-up, not resolved again</source>
        <translation>回访不满意，尚未重新办结</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>将于 %1 到期</translation>
    </message>
    <message>
        <source>accepted on %1 and not dispatched</source>
        <translation>%1 受理后尚未交办</translation>
    </message>
    <message>
        <source>%1 issues at the same place in %2 days</source>
        <translation>同一地点 %2 天内 %1 个问题</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄色</translation>
    </message>
</context>
<context>
    <name>WeeklyBulletins</name>
    <message>
        <source>&apos;%1&apos; is not a week.</source>
        <translation>“%1”不是有效的周次。</translation>
    </message>
    <message>
        <source>%1 has not ended yet: a week is published once its Sunday is over.</source>
        <translation>%1尚未结束：一周须过完周日才能发布。</translation>
    </message>
    <message>
        <source>%1 is already published (edition %2): a corrected edition needs a reason.</source>
        <translation>%1已发布（第 %2 版）：发布更正版须说明原因。</translation>
    </message>
    <message>
        <source>The figures of %1 are the same as in edition %2; there is nothing to correct.</source>
        <translation>%1的数字与第 %2 版相同，无需更正。</translation>
    </message>
    <message>
        <source>%1 has not been published.</source>
        <translation>%1尚未发布。</translation>
    </message>
    <message>
        <source>%1 has editions 1 to %2, not %3.</source>
        <translation>%1共有第 1 至第 %2 版，没有第 %3 版。</translation>
    </message>
    <message>
        <source>A community administrator publishes the bulletin of their own community.</source>
        <translation>社区管理员只能发布本社区的周通报。</translation>
    </message>
</context>
<context>
    <name>WeeklyCharts</name>
    <message>
        <source>Resolution rate and on-time rate by week</source>
        <translation>办结率与按期办结率（按周）</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Open and overdue issues by week</source>
        <translation>在办与超期未办结问题（按周）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Issues by category</source>
        <translation>各类别问题</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>累计办结</translation>
    </message>
    <message>
        <source>Resolution rate by department</source>
        <translation>各责任单位办结率</translation>
    </message>
    <message>
        <source>Resolution rate by grid</source>
        <translation>各网格办结率</translation>
    </message>
    <message>
        <source>Visit coverage by grid</source>
        <translation>各网格走访覆盖率</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
</context>
<context>
    <name>WeeklyChoices</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>%1 (this week, not over)</source>
        <translation>%1（本周，未结束）</translation>
    </message>
</context>
<context>
    <name>WeeklyPage</name>
    <message>
        <source>&amp;Week</source>
        <translation>周次(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>范围(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;dispatch…</source>
        <translation>改派(&amp;D)…</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>上报(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Summary (周汇总)</source>
        <translation>周汇总(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation>分项(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;ulletin (周通报)</source>
        <translation>周通报(&amp;U)</translation>
    </message>
    <message>
        <source>Editio&amp;n</source>
        <translation>版次(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Dispatch &amp;list (周调度)</source>
        <translation>周调度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Extend deadline…</source>
        <translation>延期(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>WeeklyStatistics</name>
    <message>
        <source>&apos;%1&apos; is not a scope: use all, community:NAME, grid:NAME, category:NAME or department:NAME.</source>
        <translation>“%1”不是统计范围：请用 all、community:社区名、grid:网格名、category:类别 或 department:责任单位。</translation>
    </message>
    <message>
        <source>There is no %1 named &apos;%2&apos; in this register.</source>
        <translation>本登记册中没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>Several communities have a %1 named &apos;%2&apos;; write it as 社区名/%2.</source>
        <translation>多个社区都有名为“%2”的%1，请写成 社区名/%2。</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week.</source>
        <translation>“%1”不是有效的周次。</translation>
    </message>
    <message>
        <source>The weeks %1 to %2 are not a range.</source>
        <translation>%1 至 %2 不是有效的周次范围。</translation>
    </message>
    <message>
        <source>The stored figures cannot be read: %1</source>
        <translation>无法读取保存的数字：%1</translation>
    </message>
    <message>
        <source>The weekly figures of %1 are outside your area: choose your community or one of its grids.</source>
        <translation>%1 的周报不在您的管辖范围内：请选择本社区或其网格。</translation>
    </message>
    <message>
        <source>The weekly figures of %1 are outside your area: choose one of your grids.</source>
        <translation>%1 的周报不在您的管辖范围内：请选择您负责的网格。</translation>
    </message>
    <message>
        <source>Your account has no area to report on.</source>
        <translation>您的账户没有可查看的管辖范围。</translation>
    </message>
</context>
<context>
    <name>WorkbookFile</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>%1 is a WPS spreadsheet (.et) that cannot be read here. %2</source>
        <translation>%1 是 WPS 表格文件（.et），这里无法读取。%2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save it), not an Excel workbook. %2</source>
        <translation>%1 是 OpenDocument 电子表格（.ods，LibreOffice 或 WPS 保存的格式），不是 Excel 工作簿。%2</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML) with a workbook&apos;s name, as some systems export their tables; it is not an Excel workbook. %2</source>
        <translation>%1 是一个以工作簿命名的网页（HTML）文件，有些系统就是这样导出表格的；它不是 Excel 工作簿。%2</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a workbook.</source>
        <translation>%1 是 PDF 文档，不是工作簿。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx or .xls) or a CSV file. %2</source>
        <translation>%1 不是 Excel 工作簿（.xlsx 或 .xls），也不是 CSV 文件。%2</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>&apos;%1&apos; is not an action on an issue.</source>
        <translation>“%1”不是问题办理操作。</translation>
    </message>
    <message>
        <source>%1 is not possible for an issue that is %2; it is possible only for one that is %3.</source>
        <translation>问题当前为“%2”，不能%1；只有“%3”的问题才能%1。</translation>
    </message>
    <message>
        <source>The issue has already been escalated.</source>
        <translation>该问题已经上报。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>there is not enough memory for it</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>its file structure is damaged</source>
        <translation>文件结构已损坏</translation>
    </message>
    <message>
        <source>it holds no readable Excel workbook</source>
        <translation>其中没有可读取的 Excel 工作簿</translation>
    </message>
    <message>
        <source>its text is in an encoding that cannot be read</source>
        <translation>其中文字的编码无法识别</translation>
    </message>
    <message>
        <source>it is damaged in a way that looks deliberate</source>
        <translation>文件有异常损坏，疑似被人为构造</translation>
    </message>
    <message>
        <source>FreeXL error %1</source>
        <translation>FreeXL 错误 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel 97–2003 workbook (.xls): %2.</source>
        <translation>%1 无法作为 Excel 97–2003 工作簿（.xls）读取：%2。</translation>
    </message>
    <message>
        <source>it is protected by a password; save it without one</source>
        <translation>它设有密码保护，请取消密码后另存</translation>
    </message>
    <message>
        <source>the sheet %1 is larger than Excel allows</source>
        <translation>工作表 %1 超出了 Excel 允许的大小</translation>
    </message>
    <message>
        <source>it has more cells than an import can take</source>
        <translation>单元格数量超出了一次导入的上限</translation>
    </message>
    <message>
        <source>the cell %1 of sheet %2: %3</source>
        <translation>工作表 %2 的单元格 %1：%3</translation>
    </message>
    <message>
        <source>a cell of sheet %1 holds more than %2 characters</source>
        <translation>工作表 %1 中有单元格超过 %2 个字符</translation>
    </message>
    <message>
        <source>the reader of .xls workbooks answered with something unreadable</source>
        <translation>.xls 工作簿读取程序返回了无法识别的结果</translation>
    </message>
    <message>
        <source>the program that reads .xls workbooks (linli-xls-reader) is not installed</source>
        <translation>未安装读取 .xls 工作簿的程序（linli-xls-reader）</translation>
    </message>
    <message>
        <source>its reader did not start: %1</source>
        <translation>读取程序未能启动：%1</translation>
    </message>
    <message>
        <source>reading it took longer than %1 seconds</source>
        <translation>读取超过了 %1 秒</translation>
    </message>
    <message>
        <source>it holds more than an import can take</source>
        <translation>内容超出了一次导入的上限</translation>
    </message>
    <message>
        <source>it is damaged in a way that stopped its reader</source>
        <translation>文件损坏，读取程序因此中止</translation>
    </message>
    <message>
        <source>sheet %1 is larger than an import reads at once (%2 cells by row %3, about %4 MB); split it into several files</source>
        <translation>工作表 %1 超出一次导入所能读取的大小（到第 %3 行已有 %2 个单元格，约 %4 MB），请拆分为几个文件</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中缺少部件 %1。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2 MB; the file is refused as a possible zip bomb.</source>
        <translation>部件 %1 解压后超过 %2 MB，疑为压缩炸弹，拒绝读取。</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip archive, or it is damaged).</source>
        <translation>%1 不是 .xlsx 工作簿（不是 zip 压缩包，或已损坏）。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheets.</source>
        <translation>工作簿 %1 中没有工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 has no part in the workbook&apos;s relationships.</source>
        <translation>工作表 %1 在工作簿的关系中找不到对应部件。</translation>
    </message>
    <message>
        <source>Sheet %1: row %2 is beyond the %3 rows a sheet may have.</source>
        <translation>工作表 %1：第 %2 行超出了工作表最多 %3 行的限制。</translation>
    </message>
    <message>
        <source>Sheet %1: the cell reference %2 is not one a sheet can have (at most column XFD, row %3).</source>
        <translation>工作表 %1：单元格引用 %2 超出范围（最多到 XFD 列、第 %3 行）。</translation>
    </message>
    <message>
        <source>Cell %1 refers to the shared strings, but the workbook has no sharedStrings part.</source>
        <translation>单元格 %1 引用了共享字符串，但工作簿中没有 sharedStrings 部件。</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which does not exist.</source>
        <translation>单元格 %1 引用的共享字符串 %2 不存在。</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number, not &apos;%2&apos;.</source>
        <translation>单元格 %1 应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Cell %1 holds %2 characters; a cell holds at most %3.</source>
        <translation>单元格 %1 有 %2 个字符，一个单元格最多 %3 个。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook %2 is damaged (the file may be cut short).</source>
        <translation>工作簿 %2 的部件 %1 已损坏（文件可能不完整）。</translation>
    </message>
    <message>
        <source>The parts of the workbook unpack to more than %1 MB; the file is refused as a possible zip bomb.</source>
        <translation>工作簿各部件解压后合计超过 %1 MB，疑为压缩炸弹，拒绝读取。</translation>
    </message>
    <message>
        <source>The workbook lists more than 10,000 sheets.</source>
        <translation>工作簿列出的工作表超过 10,000 个。</translation>
    </message>
    <message>
        <source>The workbook has more than 20,000 relationships.</source>
        <translation>工作簿的关系条目超过 20,000 个。</translation>
    </message>
    <message>
        <source>The shared-string table of the workbook holds more than %1 strings; split the workbook into several files.</source>
        <translation>工作簿的共享字符串表超过 %1 条，请将工作簿拆分为几个文件。</translation>
    </message>
    <message>
        <source>The shared-string table of the workbook takes more than %1 MB; split the workbook into several files.</source>
        <translation>工作簿的共享字符串表超过 %1 MB，请将工作簿拆分为几个文件。</translation>
    </message>
    <message>
        <source>Shared string %1 holds more than %2 characters; a cell holds at most %2.</source>
        <translation>共享字符串 %1 超过 %2 个字符；一个单元格最多 %2 个。</translation>
    </message>
    <message>
        <source>The styles of the workbook list more than 100,000 cell formats.</source>
        <translation>工作簿样式中的单元格格式超过 100,000 个。</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters; a cell holds at most %2.</source>
        <translation>单元格 %1 超过 %2 个字符；一个单元格最多 %2 个。</translation>
    </message>
    <message>
        <source>Sheet %1 is larger than an import reads at once (%2 cells by row %3, about %4 MB); split it into several files.</source>
        <translation>工作表 %1 超出一次导入所能读取的大小（到第 %3 行已有 %2 个单元格，约 %4 MB），请拆分为几个文件。</translation>
    </message>
    <message>
        <source>Sheet %1: a cell lies beyond column XFD or before row 1.</source>
        <translation>工作表 %1：有单元格超出 XFD 列或在第 1 行之前。</translation>
    </message>
</context>
<context>
    <name>XmlStream</name>
    <message>
        <source>The part %1 cannot be read: out of memory.</source>
        <translation>无法读取部件 %1：内存不足。</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2, column %3): %4.</source>
        <translation>部件 %1 不是格式正确的 XML（第 %2 行第 %3 列）：%4。</translation>
    </message>
    <message>
        <source>The part %1 declares a DTD, which workbooks never do; it is refused.</source>
        <translation>部件 %1 声明了 DTD，正常工作簿从不如此，拒绝读取。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>no zip directory (not a zip archive, or cut short)</source>
        <translation>找不到 zip 目录（不是 zip 压缩包，或文件不完整）</translation>
    </message>
    <message>
        <source>the zip directory is damaged</source>
        <translation>zip 目录已损坏</translation>
    </message>
    <message>
        <source>no part %1</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>部件 %1 已损坏</translation>
    </message>
    <message>
        <source>the part %1 is too large</source>
        <translation>部件 %1 过大</translation>
    </message>
    <message>
        <source>the part %1 is packed in a way this program does not read</source>
        <translation>部件 %1 的压缩方式本程序无法读取</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the zip archive has more than %1 parts</source>
        <translation>zip 压缩包中的部件超过 %1 个</translation>
    </message>
    <message>
        <source>the reading of the part %1 was stopped</source>
        <translation>部件 %1 的读取已中止</translation>
    </message>
</context>
<context>
    <name>linli</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 was written to %2, with ID numbers and phones in full; the export is recorded in the audit log.</source>
        <translation>%1 已写入 %2，身份证号和电话为完整号码；本次导出已记入审计日志。</translation>
    </message>
    <message>
        <source>%1 was written to %2, with ID numbers and phones masked.</source>
        <translation>%1 已写入 %2，身份证号和电话已遮盖。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
</context>
<context>
    <name>linli::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>The new user must choose their own password at the first login. A password needs at least 8 characters of at least two kinds.</source>
        <translation>新用户首次登录时须自行设置密码。密码至少 8 个字符，且至少包含两类字符。</translation>
    </message>
    <message>
        <source>Role and area</source>
        <translation>角色与管辖范围</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The user must choose a new password at the next login; a lock after wrong passwords is lifted.</source>
        <translation>该用户下次登录时须设置新密码；因密码错误造成的锁定随之解除。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>linli::AuditLogDialog</name>
    <message>
        <source>The record is a number (the row&apos;s id), not &apos;%1&apos;.</source>
        <translation>记录须为数字（该行的编号），而不是“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The newest %1 rows; more as you scroll.</source>
        <translation>最新 %1 行；向下滚动可查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows were written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
</context>
<context>
    <name>linli::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>linli::BackupDialog</name>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>every 15 minutes of work</source>
        <translation>定时（15 分钟）</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Audit digest</source>
        <translation>审计摘要</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2: the 24 most recent, and one of each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>%1 的备份保存在 %2：保留最近 24 份，以及最近 7 天、4 周、12 个月每期各一份。</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>（无清单）</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backed up and checked: %1.</source>
        <translation>已备份并检查：%1。</translation>
    </message>
    <message>
        <source>%1 is whole: integrity, audit chain, counts and digest as its manifest says.</source>
        <translation>%1 完好：完整性、审计哈希链、各表行数和摘要均与清单一致。</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>已恢复到 %1。</translation>
    </message>
    <message>
        <source>-restored-</source>
        <translation>-恢复-</translation>
    </message>
    <message>
        <source>Restore to a new register</source>
        <translation>恢复为新登记册</translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation>邻里台账登记册 (*.linli)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was restored to %1 and checked. The register in use, %2, is kept as it is. Work in the restored register now?</source>
        <translation>备份已恢复到 %1 并通过检查。当前使用的登记册 %2 保持原样。现在切换到恢复的登记册吗？</translation>
    </message>
</context>
<context>
    <name>linli::BackupKeeper</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>打开登记册</translation>
    </message>
    <message>
        <source>%1

The latest good backup of this register was made %2 (%3 households, %4 residents, %5 issues). Restore it into a new register and open that? The damaged file is left as it is.</source>
        <translation>%1

此登记册最近一份完好的备份制作于 %2（%3 户，%4 名居民，%5 个问题）。要把它恢复为新登记册并打开吗？损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>Restore to a new register</source>
        <translation>恢复为新登记册</translation>
    </message>
    <message>
        <source>-restored-</source>
        <translation>-恢复-</translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation>邻里台账登记册 (*.linli)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>正在备份登记册…</translation>
    </message>
</context>
<context>
    <name>linli::BreakdownModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Accepted to date</source>
        <translation>累计受理</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>累计办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>平均办理天数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
</context>
<context>
    <name>linli::ChartView</name>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
</context>
<context>
    <name>linli::ChartsPage</name>
    <message>
        <source>Resolution and on-time rates by week</source>
        <translation>办结率与按期办结率（按周）</translation>
    </message>
    <message>
        <source>Open and overdue issues by week</source>
        <translation>在办与超期未办结问题（按周）</translation>
    </message>
    <message>
        <source>Issues by category</source>
        <translation>各类别问题</translation>
    </message>
    <message>
        <source>Resolution rate by department</source>
        <translation>各责任单位办结率</translation>
    </message>
    <message>
        <source>Resolution rate by grid</source>
        <translation>各网格办结率</translation>
    </message>
    <message>
        <source>Visit coverage by grid</source>
        <translation>各网格走访覆盖率</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Nothing to show for this week and scope.</source>
        <translation>该周次和范围下没有可显示的数据。</translation>
    </message>
    <message>
        <source>Rest the mouse on a point or bar to see its exact value. Rates count from 1 January of the week&apos;s year to its Sunday, as in the weekly summary.</source>
        <translation>鼠标停在点或柱上可查看准确数值。各项比率的统计口径与周汇总相同：自该年1月1日起至所选周的周日止。</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>保存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>linli::DispatchListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>在办天数</translation>
    </message>
    <message>
        <source>Weeks listed</source>
        <translation>上榜周数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <source>Decided since</source>
        <translation>会后决定</translation>
    </message>
</context>
<context>
    <name>linli::DueTableModel</name>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>linli::HouseholdDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>住户 %1</translation>
    </message>
    <message>
        <source>Member moved out</source>
        <translation>成员迁出</translation>
    </message>
    <message>
        <source>Member deceased</source>
        <translation>成员死亡</translation>
    </message>
    <message>
        <source>%1 moved out of this household on:</source>
        <translation>%1 迁出本户的日期：</translation>
    </message>
    <message>
        <source>%1 died on:</source>
        <translation>%1 的死亡日期：</translation>
    </message>
    <message>
        <source>Choose the grid of the household.</source>
        <translation>请选择该户所属网格。</translation>
    </message>
    <message>
        <source>Enter the compound of the household.</source>
        <translation>请填写该户所在小区/院落。</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>成员 %1：%2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>重新载入（放弃我的修改）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Reloaded: the household as it is now.</source>
        <translation>已重新载入：住户的当前内容。</translation>
    </message>
</context>
<context>
    <name>linli::HouseholdListModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Housing use</source>
        <translation>住房用途</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>linli::ImportDialog</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1, header in row %2; %n data row(s).</source>
        <translation>
            <numerusform>工作表 %1，表头在第 %2 行；%n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose the column of the file for %1: the import needs it.</source>
        <translation>请为“%1”选择文件中的列：导入需要它。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out. Import the others?</source>
        <translation>
            <numerusform>将跳过 %n 行有问题的数据。导入其余各行吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with problems.</source>
        <translation>共 %1 行：有效 %2 行，有问题 %3 行。</translation>
    </message>
    <message>
        <source>The import creates: %1.</source>
        <translation>导入将新建：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) registered by name only are completed, not added again.</source>
        <translation>
            <numerusform>%n 位仅登记了姓名的居民将被补全，不会重复添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written. Every row can be imported.</source>
        <translation>未写入任何数据。所有行都可以导入。</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the file, or skip the rows with problems.</source>
        <translation>未写入任何数据。请更正文件，或跳过有问题的行。</translation>
    </message>
    <message>
        <source>Nothing was written: the file has rows with problems.</source>
        <translation>未写入任何数据：文件中有问题行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>已写入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.xls *.et *.csv *.txt);;All files (*)</source>
        <translation>Excel 或 CSV 文件 (*.xlsx *.xls *.et *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>linli::IssueActionDialog</name>
    <message>
        <source>%1 issue %2</source>
        <translation>%1问题 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n issue(s): %2</source>
        <translation>
            <numerusform>%1 %n 个问题：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose the result)</source>
        <translation>（请选择回访结果）</translation>
    </message>
    <message>
        <source>Choose the result of the follow-up call: 满意, 基本满意 or 不满意.</source>
        <translation>请选择回访结果：满意、基本满意或不满意。</translation>
    </message>
</context>
<context>
    <name>linli::IssueDialog</name>
    <message>
        <source>Register an issue for %1</source>
        <translation>登记问题：%1</translation>
    </message>
    <message>
        <source>(choose the grid)</source>
        <translation>（请选择网格）</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>(choose the category)</source>
        <translation>（请选择类别）</translation>
    </message>
    <message>
        <source>Choose the category of the issue.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <source>Choose the grid the place lies in.</source>
        <translation>请选择该地点所属的网格。</translation>
    </message>
</context>
<context>
    <name>linli::IssueEvent</name>
    <message>
        <source>deadline %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>deadline %1 → %2</source>
        <translation>期限 %1 → %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>linli::IssueTableModel</name>
    <message>
        <source> (escalated)</source>
        <translation>（已上报）</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>linli::Job</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1已取消。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>linli::KeyFiguresModel</name>
    <message>
        <source>New this week</source>
        <translation>本周新增</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>本周办结</translation>
    </message>
    <message>
        <source>Accepted to date</source>
        <translation>累计受理</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>累计办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue open</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Average days to resolve</source>
        <translation>平均办理天数</translation>
    </message>
    <message>
        <source>Households visited this week</source>
        <translation>本周走访户数</translation>
    </message>
    <message>
        <source>Visit coverage this year</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>linli::LedgerPage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Issue ledger</source>
        <translation>问题台账</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) selected</source>
        <translation>
            <numerusform>已选 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Attach to issue %1</source>
        <translation>为问题 %1 添加附件</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>Before the fix</source>
        <translation>整改前</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>整改后</translation>
    </message>
    <message>
        <source>Is %1 a photo of the fix (整改后)? Choose No for a photo of the problem (整改前).</source>
        <translation>%1 是整改后的照片吗？选“否”则作为整改前的照片。</translation>
    </message>
    <message>
        <source>Search the issues</source>
        <translation>搜索问题</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Register &amp;issue…</source>
        <translation>登记问题(&amp;I)…</translation>
    </message>
    <message>
        <source>Register an issue (Issue ledger page)</source>
        <translation>登记问题（问题台账页）</translation>
    </message>
    <message>
        <source>not possible in this status</source>
        <translation>当前状态下不能办理</translation>
    </message>
    <message>
        <source>Your role does not %1.</source>
        <translation>您的角色无权%1。</translation>
    </message>
    <message>
        <source>Choose one or more issues in the list first.</source>
        <translation>请先在列表中选择一件或多件问题。</translation>
    </message>
    <message>
        <source>Register an issue</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>已登记 %1</translation>
    </message>
</context>
<context>
    <name>linli::LedgerSettingsDialog</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation>新增子类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>New name for %1 (the issues filed under it are renamed with it):</source>
        <translation>%1 的新名称（归在其下的问题随之改名）：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 from the list?</source>
        <translation>从列表中删除 %1？</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Delete %1 and its assignees from the list?</source>
        <translation>从列表中删除 %1 及其承办人？</translation>
    </message>
    <message>
        <source>New assignee</source>
        <translation>新增承办人</translation>
    </message>
    <message>
        <source>Name of the assignee at %1:</source>
        <translation>%1 承办人姓名：</translation>
    </message>
    <message>
        <source>Phone (may be left empty):</source>
        <translation>电话（可不填）：</translation>
    </message>
    <message>
        <source>Edit assignee</source>
        <translation>修改承办人</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The deadlines were saved. They apply to issues dispatched from now on.</source>
        <translation>办理时限已保存，对此后交办的问题生效。</translation>
    </message>
    <message>
        <source>Issue ledger settings</source>
        <translation>问题台账设置</translation>
    </message>
    <message>
        <source>The deadlines were changed and not saved. Save them before closing?</source>
        <translation>办理时限已修改但尚未保存。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>linli::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to the register %1.</source>
        <translation>登录登记册 %1。</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>The register %1 has no administrator yet. Create the first 系统管理员 account: it adds the other accounts and can do everything. The password needs at least 8 characters of at least two kinds (letters, digits, other signs).</source>
        <translation>登记册 %1 还没有管理员。请创建第一个系统管理员账户：由它添加其他账户，拥有全部权限。密码至少 8 个字符，且至少包含两类字符（字母、数字、其他符号）。</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a new password: at least 8 characters of at least two kinds (letters, digits, other signs).</source>
        <translation>请设置新密码：至少 8 个字符，且至少包含两类字符（字母、数字、其他符号）。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Linli was locked after a time without use. Enter your password to go on; nothing you typed is lost.</source>
        <translation>邻里台账因长时间未操作已锁定。请输入密码继续；已填写的内容不会丢失。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Give your user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
</context>
<context>
    <name>linli::MainWindow</name>
    <message>
        <source>Linli</source>
        <translation>邻里台账</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>尚未打开登记册。</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>打开登记册</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Issue ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Linli — %1</source>
        <translation>邻里台账 — %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>登记册：%1</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>新建登记册</translation>
    </message>
    <message>
        <source>Linli registers (*.linli)</source>
        <translation>邻里台账登记册 (*.linli)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File → Open register, or choose another name.</source>
        <translation>%1 已存在。请用“文件 → 打开登记册”打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>Linli registers (*.linli);;All files (*)</source>
        <translation>邻里台账登记册 (*.linli);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Linli.</source>
        <translation>新的界面语言将在下次启动邻里台账时生效。</translation>
    </message>
    <message>
        <source>About Linli</source>
        <translation>关于邻里台账</translation>
    </message>
    <message>
        <source>Linli %1
Household register, visit log and issue ledger for neighbourhood committees.
Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>邻里台账 %1
社区居委会的一户一册、走访台账与问题台账。
按 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>空闲锁定时间</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without use (%1 to %2):</source>
        <translation>无操作多少分钟后锁定窗口（%1 至 %2）：</translation>
    </message>
    <message>
        <source>Give a whole number of minutes from %1 to %2, not &apos;%3&apos;.</source>
        <translation>请填写 %1 至 %2 之间的整数分钟数，而不是“%3”。</translation>
    </message>
    <message>
        <source>The window locks after %1 idle minutes.</source>
        <translation>无操作 %1 分钟后将锁定窗口。</translation>
    </message>
    <message>
        <source>This is a demo register. Its accounts: admin (系统管理员), street (街道工作人员), community1, community2 … (社区管理员 of each community), grid1-1, grid1-2 … (网格员 of each grid: grid&lt;community&gt;-&lt;grid&gt;). The password of each is %1.</source>
        <translation>这是演示登记册。账户：admin（系统管理员）、street（街道工作人员）、community1、community2 …（各社区的社区管理员）、grid1-1、grid1-2 …（各网格的网格员，grid社区序号-网格序号）。密码均为 %1。</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>演示登记册</translation>
    </message>
    <message>
        <source>Making the demo register: a made-up community of about 3,000 households with a year of visits and issues…</source>
        <translation>正在生成演示登记册：一个约 3,000 户的虚构社区，含一年的走访和问题…</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation>导入模板已写入 %1。</translation>
    </message>
    <message>
        <source>The register is ready, and empty. Next, add its places (社区, 网格, 小区/院落, 楼栋) under 区域管理, or import the households from a workbook: the communities, grids, compounds and buildings it names are created with them. 文件 → 下载导入模板 gives a workbook with the columns to fill in.</source>
        <translation>登记册已建好，目前是空的。下一步：在 区域管理 中添加社区、网格、小区/院落和楼栋；或从工作簿导入住户，表中写到的社区、网格、小区和楼栋会一并建立。文件 → 下载导入模板 可得到带填写说明的空白工作簿。</translation>
    </message>
    <message>
        <source>Places…</source>
        <translation>区域管理…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Read-only: %1, so this register can be viewed, searched, printed and exported, but nothing in it can be changed. Copy it to a folder you can write to in order to edit it.</source>
        <translation>只读：%1，此登记册可以查看、搜索、打印和导出，但不能修改。如需修改，请把它复制到可写的文件夹中。</translation>
    </message>
</context>
<context>
    <name>linli::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>linli::PlacesDialog</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区/院落</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>区域管理</translation>
    </message>
    <message>
        <source>社区 → 网格, and 社区 → 小区/院落 → 楼栋. A building lies in one grid. A place in use cannot be deleted: retire it, and it is kept for the records but no longer offered.</source>
        <translation>社区 → 网格，社区 → 小区/院落 → 楼栋。每栋楼属于一个网格。已有记录使用的区域不能删除：可以停用，停用后保留在原有记录中，但不再供新记录选择。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New &amp;community…</source>
        <translation>新增社区(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;grid…</source>
        <translation>新增网格(&amp;G)…</translation>
    </message>
    <message>
        <source>New com&amp;pound or courtyard…</source>
        <translation>新增小区/院落(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;building…</source>
        <translation>新增楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move to grid…</source>
        <translation>调整网格(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>单元数(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 停用</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Compounds and courtyards</source>
        <translation>小区/院落</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>恢复使用(&amp;I)</translation>
    </message>
    <message>
        <source>Only a community admin or an administrator manages the places.</source>
        <translation>只有社区管理员或系统管理员可以管理区域。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>Name of the community (such as 幸福社区):</source>
        <translation>社区名称（如 幸福社区）：</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>新增网格</translation>
    </message>
    <message>
        <source>Name of the grid (such as 第一网格):</source>
        <translation>网格名称（如 第一网格）：</translation>
    </message>
    <message>
        <source>New compound or courtyard</source>
        <translation>新增小区/院落</translation>
    </message>
    <message>
        <source>Name of the compound or courtyard (such as 平安小区):</source>
        <translation>小区或院落名称（如 平安小区）：</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新增楼栋</translation>
    </message>
    <message>
        <source>The community has no grid yet: add a grid first, then the buildings that lie in it.</source>
        <translation>该社区还没有网格：请先添加网格，再添加网格内的楼栋。</translation>
    </message>
    <message>
        <source>Name of the building in %1 (such as 1号楼):</source>
        <translation>%1 内的楼栋名称（如 1号楼）：</translation>
    </message>
    <message>
        <source>The grid the building lies in:</source>
        <translation>楼栋所在网格：</translation>
    </message>
    <message>
        <source>Number of units (单元数; leave empty if it has none):</source>
        <translation>单元数（没有单元可不填）：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of units.</source>
        <translation>“%1”不是单元数。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Move to grid</source>
        <translation>调整网格</translation>
    </message>
    <message>
        <source>The grid %1 %2 lies in from now on (its households move with it):</source>
        <translation>%1%2 今后所属的网格（楼内住户随之调整）：</translation>
    </message>
    <message>
        <source>Number of units of %1:</source>
        <translation>%1 的单元数：</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retire this %1? It stays in the records of its households, issues and visits, but is no longer offered for new ones.</source>
        <translation>停用该%1？它仍保留在住户、问题和走访的记录中，但不再供新记录选择。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this %1? Nothing uses it.</source>
        <translation>删除该%1？没有任何记录使用它。</translation>
    </message>
</context>
<context>
    <name>linli::PrintButton</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print preview, print, or save as PDF</source>
        <translation>打印预览、打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Full ID numbers and phones (official submission, recorded in the audit log)</source>
        <translation>完整显示身份证号和电话（正式报送用，记入审计日志）</translation>
    </message>
    <message>
        <source>%1: print preview…</source>
        <translation>%1：打印预览…</translation>
    </message>
    <message>
        <source>%1: save as PDF…</source>
        <translation>%1：另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>%1 will show ID numbers and phones in full. This is for official submissions only, and it is recorded in the audit log under your name. Continue?</source>
        <translation>%1将完整显示身份证号和电话。此功能仅用于正式报送，并将以您的名义记入审计日志。是否继续？</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <source>Writing the pages of %1…</source>
        <translation>正在写入%1的各页…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s)) was saved as %2.</source>
        <translation>
            <numerusform>%1（共 %n 页）已保存为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>%1 was cancelled; no file was written.</source>
        <translation>已取消%1，没有写入文件。</translation>
    </message>
</context>
<context>
    <name>linli::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>登记册</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type at least two characters to search.</source>
        <translation>请至少输入两个字再搜索。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found</source>
        <translation>
            <numerusform>找到 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source> (only the first %1 matches are shown: type more to narrow the search)</source>
        <translation>（只显示前 %1 条结果，请多输入几个字缩小范围）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>The household at %1 is not active.</source>
        <translation>住户（%1）不在册。</translation>
    </message>
    <message>
        <source>Household moved out</source>
        <translation>整户迁出</translation>
    </message>
    <message>
        <source>The household at %1 moved out. Its active members move out with it on:</source>
        <translation>住户（%1）整户迁出，在册成员一并迁出，迁出日期：</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>住户情况登记卡</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose the household whose card to print.</source>
        <translation>请先选择要打印登记卡的住户。</translation>
    </message>
    <message>
        <source>一户一册 booklet</source>
        <translation>一户一册</translation>
    </message>
    <message>
        <source>Choose a building, compound or grid on the left: the booklet holds its households.</source>
        <translation>请在左侧选择楼栋、小区或网格，一户一册将包括其中的住户。</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>请先在列表中选择一户。</translation>
    </message>
    <message>
        <source>Your role does not change the register.</source>
        <translation>您的角色不能修改登记册。</translation>
    </message>
    <message>
        <source>Your role does not register issues.</source>
        <translation>您的角色不能登记问题。</translation>
    </message>
    <message>
        <source>The places were saved.</source>
        <translation>区域已保存。</translation>
    </message>
    <message>
        <source>New community…</source>
        <translation>新增社区…</translation>
    </message>
    <message>
        <source>New grid…</source>
        <translation>新增网格…</translation>
    </message>
    <message>
        <source>New compound or courtyard…</source>
        <translation>新增小区/院落…</translation>
    </message>
    <message>
        <source>New building in this grid…</source>
        <translation>在本网格新增楼栋…</translation>
    </message>
    <message>
        <source>Move to grid…</source>
        <translation>调整网格…</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>单元数…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Places…</source>
        <translation>区域管理…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>Search the households</source>
        <translation>搜索住户</translation>
    </message>
    <message>
        <source>New household (Households page)</source>
        <translation>新增住户（住户页）</translation>
    </message>
</context>
<context>
    <name>linli::ResidentDialog</name>
    <message>
        <source>New member</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生日期 %1，%2</translation>
    </message>
    <message>
        <source>Your role may not see ID numbers in full.</source>
        <translation>您的角色不能查看完整身份证号。</translation>
    </message>
</context>
<context>
    <name>linli::StartPage</name>
    <message>
        <source>Linli — household register, visits and issue ledger</source>
        <translation>邻里台账 — 一户一册、走访台账、问题台账</translation>
    </message>
    <message>
        <source>No register is open. A new office starts with a new register: then it adds its communities, grids, compounds and buildings under 区域管理, or brings its households in from its Excel workbooks.</source>
        <translation>尚未打开登记册。新启用的办公室请先新建登记册，再在 区域管理 中添加社区、网格、小区和楼栋，或从原有的 Excel 台账导入住户。</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>新建登记册(&amp;N)…</translation>
    </message>
    <message>
        <source>An empty register for your community or street office.</source>
        <translation>为本社区或街道新建一本空登记册。</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>打开登记册(&amp;O)…</translation>
    </message>
    <message>
        <source>A register file (.linli) kept before.</source>
        <translation>打开已有的登记册文件（.linli）。</translation>
    </message>
    <message>
        <source>Open the &amp;demo register</source>
        <translation>打开演示登记册(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up community to try everything out; nothing in it is real.</source>
        <translation>一个虚构的社区，用来试用各项功能；其中的数据均非真实。</translation>
    </message>
    <message>
        <source>New register from &amp;Excel…</source>
        <translation>从 Excel 新建(&amp;E)…</translation>
    </message>
    <message>
        <source>A new register, then your 住户 / 居民 workbook (.xlsx, .xls or .csv) imported into it.</source>
        <translation>新建登记册，并导入您的住户/居民工作簿（.xlsx、.xls 或 .csv）。</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>linli::UsersDialog</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable one that is no longer used.</source>
        <translation>账户不会被删除：不再使用的账户请停用。</translation>
    </message>
    <message>
        <source>The grid workers of your community. Accounts are never deleted: disable one that is no longer used.</source>
        <translation>本社区的网格员。账户不会被删除：不再使用的账户请停用。</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>linli::VisitDialog</name>
    <message>
        <source>No household in the register matches &apos;%1&apos;.</source>
        <translation>登记册中没有与“%1”相符的住户。</translation>
    </message>
    <message>
        <source>Last visit %1, next due %2.</source>
        <translation>上次走访 %1，下次应于 %2 走访。</translation>
    </message>
    <message>
        <source>Not visited yet.</source>
        <translation>尚未走访。</translation>
    </message>
    <message>
        <source>Care: %1.</source>
        <translation>关爱对象：%1。</translation>
    </message>
    <message>
        <source>Log a visit to %1</source>
        <translation>登记走访：%1</translation>
    </message>
</context>
<context>
    <name>linli::VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见面人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况记录</translation>
    </message>
</context>
<context>
    <name>linli::VisitsPage</name>
    <message>
        <source>Active</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访户数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 次走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due or overdue on %1, in walking order</source>
        <translation>
            <numerusform>截至 %1 共 %n 户待走访（按走访路线排序）</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 households visited, %4</source>
        <translation>截至 %1：%3 户中已走访 %2 户，覆盖率 %4</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Double-click a grid or building to see its unvisited households.</source>
        <translation>双击网格或楼栋，查看未走访的住户。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n household(s) not visited in %2 (double-click one to log a visit)</source>
        <translation>
            <numerusform>%1：%2 年有 %n 户未走访（双击一户登记走访）</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Visit register</source>
        <translation>走访台账</translation>
    </message>
    <message>
        <source>Route list</source>
        <translation>待走访清单</translation>
    </message>
    <message>
        <source>Search the visits</source>
        <translation>搜索走访</translation>
    </message>
</context>
<context>
    <name>linli::WeeklyPage</name>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按责任单位</translation>
    </message>
    <message>
        <source>Dispatch list (周调度)</source>
        <translation>周调度</translation>
    </message>
    <message>
        <source>Summary (周汇总)</source>
        <translation>周汇总</translation>
    </message>
    <message>
        <source>Bulletin (周通报)</source>
        <translation>周通报</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>周报</translation>
    </message>
    <message numerus="yes">
        <source>For the meeting of %1: %n open issue(s), %2 of them under red warning; %3 accepted and not yet dispatched. Select issues to redispatch, extend or escalate them; each decision is recorded in the issue&apos;s history.</source>
        <translation>
            <numerusform>%1 调度会：在办问题 %n 件，其中红色预警 %2 件；已受理未交办 %3 件。选中问题后可改派、延期或上报，每项决定都记入该问题的办理记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Edition %1 (%2)</source>
        <translation>第%1版（%2）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Publish a &amp;correction…</source>
        <translation>发布更正版(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Published: edition %1 of %2, by %3 on %4. These figures were frozen when it was published; later changes to the ledger do not alter it.</source>
        <translation>已发布：第%1版（共%2版），%3 于 %4 发布。以下为发布时固定的数字，此后台账的修改不会改变本版通报。</translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation>更正原因：%1</translation>
    </message>
    <message>
        <source>Draft: this week is not over; it can be published from the Monday after its Sunday.</source>
        <translation>草稿：本周尚未结束，周日过后（下周一起）方可发布。</translation>
    </message>
    <message>
        <source>Draft: not yet published. The figures are the ledger&apos;s as it stands and may still change.</source>
        <translation>草稿：尚未发布。以下为台账当前数字，发布前可能变化。</translation>
    </message>
    <message>
        <source>Publish the bulletin</source>
        <translation>发布周通报</translation>
    </message>
    <message>
        <source>Publish the bulletin of %1 (%2)? Its figures are then frozen: printing it again gives the same bulletin, whatever changes in the ledger later.</source>
        <translation>发布%1（%2）的周通报吗？发布后数字即固定：以后无论台账如何修改，再次打印都是同一份通报。</translation>
    </message>
    <message>
        <source>Publish a correction</source>
        <translation>发布更正版</translation>
    </message>
    <message>
        <source>Edition %1 is already published. Why is a corrected edition needed?</source>
        <translation>已发布第%1版。发布更正版的原因：</translation>
    </message>
    <message>
        <source>Edition %1 of %2 is published. Its check code (SHA-256) is %3.</source>
        <translation>已发布%2的周通报第%1版。校验码（SHA-256）：%3</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 of %2 was written to %3.</source>
        <translation>%2的%1已导出到 %3。</translation>
    </message>
    <message>
        <source>There are no figures of %1 to export.</source>
        <translation>没有%1的数字可导出。</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>linli::cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Name the new register with --db FILE.</source>
        <translation>请用 --db 文件名 指定新登记册。</translation>
    </message>
    <message>
        <source>--households takes a positive whole number, not &apos;%1&apos;.</source>
        <translation>--households 应为正整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &apos;%1&apos;.</source>
        <translation>--seed 应为整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>--today takes a date of the form YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--today 应为 YYYY-MM-DD 格式的日期，不能是“%1”。</translation>
    </message>
    <message>
        <source>Writing households: %1 / %2</source>
        <translation>正在写入住户：%1 / %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>“%1”不是命令。</translation>
    </message>
    <message>
        <source>Name the register with --db FILE or --db postgresql://user@host:port/dbname.</source>
        <translation>请用 --db 文件名 或 --db postgresql://用户@主机:端口/库名 指定登记册。</translation>
    </message>
    <message>
        <source>Give one or more ID numbers: linli-cli check-id ID...</source>
        <translation>请给出一个或多个公民身份号码：linli-cli check-id 号码…</translation>
    </message>
    <message>
        <source>Search for at least two characters: a name, part of an ID number or phone, or an address.</source>
        <translation>请至少输入两个字搜索：姓名、身份证号或电话的一部分、地址。</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit 应为正整数。</translation>
    </message>
    <message>
        <source>No resident matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的居民。</translation>
    </message>
    <message>
        <source>integrity: </source>
        <translation>完整性：</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1 第 %2 行引用的 %3 不存在</translation>
    </message>
    <message>
        <source>foreign keys: </source>
        <translation>外键：</translation>
    </message>
    <message>
        <source>audit log: %1 rows, chain intact</source>
        <translation>审计日志：%1 行，哈希链完整</translation>
    </message>
    <message>
        <source>audit log: broken at row %1: %2</source>
        <translation>审计日志：在第 %1 行断开：%2</translation>
    </message>
    <message>
        <source>The register %1 has problems; see the lines above.</source>
        <translation>登记册 %1 有问题，详见以上各行。</translation>
    </message>
    <message>
        <source>--%1 takes a date of the form YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 应为 YYYY-MM-DD 格式的日期，不能是“%2”。</translation>
    </message>
    <message>
        <source>Give the number of the issue: linli-cli issue %1 NUMBER --db DB</source>
        <translation>请给出问题编号：linli-cli issue %1 编号 --db 登记册</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>Give the number of the issue: linli-cli issue show NUMBER --db DB</source>
        <translation>请给出问题编号：linli-cli issue show 编号 --db 登记册</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (escalated)</source>
        <translation>（已上报）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理类型</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an issue status.</source>
        <translation>“%1”不是问题状态。</translation>
    </message>
    <message>
        <source>--warning takes red or amber.</source>
        <translation>--warning 应为 red（红色）或 amber（黄色）。</translation>
    </message>
    <message>
        <source>Say what to do: linli-cli issue add|accept|dispatch|start|resolve|follow-up|return|escalate|reject|close|change-deadline|show|list ...</source>
        <translation>请说明要做什么：linli-cli issue add|accept|dispatch|start|resolve|follow-up|return|escalate|reject|close|change-deadline|show|list …</translation>
    </message>
    <message>
        <source>--years takes a whole number from 1 to 5, not &apos;%1&apos;.</source>
        <translation>--years 应为 1 至 5 的整数，不能是“%1”。</translation>
    </message>
    <message>
        <source>Demo register %1: %2 communities, %3 grids, %4 compounds, %5 buildings, %6 households, %7 residents, %8 issues, %9 visits (%10 s).</source>
        <translation>演示登记册 %1：%2 个社区，%3 个网格，%4 个小区，%5 栋楼，%6 户，%7 名居民，%8 个问题，%9 次走访（用时 %10 秒）。</translation>
    </message>
    <message>
        <source>Say what to do: linli-cli visit add --db DB --household-uuid U --date D --kind KIND --visitor NAME [--notes TEXT]</source>
        <translation>请说明要做什么：linli-cli visit add --db DB --household-uuid U --date D --kind 类型 --visitor 姓名 [--notes 文字]</translation>
    </message>
    <message>
        <source>Say which household was visited with --household-uuid U.</source>
        <translation>请用 --household-uuid U 指明走访的住户。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, not &apos;%1&apos;.</source>
        <translation>--year 应为年份（如 2026），不能是“%1”。</translation>
    </message>
    <message>
        <source>--format takes json or text, not &apos;%1&apos;.</source>
        <translation>--format 应为 json 或 text，不能是“%1”。</translation>
    </message>
    <message>
        <source>Visit coverage %1 (as of %2)</source>
        <translation>%1 年走访覆盖率（截至 %2）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Say what to do: linli-cli visits due --db DB [--grid NAME] [--worker NAME] [--as-of DATE]</source>
        <translation>请说明要做什么：linli-cli visits due --db DB [--grid 网格] [--worker 网格员] [--as-of 日期]</translation>
    </message>
    <message>
        <source>Name the register with --db and the file to write with --out.</source>
        <translation>请用 --db 指定登记册，用 --out 指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1 rows written to %2 (%3 s).</source>
        <translation>已写入 %1 行到 %2（用时 %3 秒）。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Sheet %1: %2 rows, %3 valid, %4 with problems, %5 written.</source>
        <translation>工作表 %1：共 %2 行，有效 %3 行，有问题 %4 行，已写入 %5 行。</translation>
    </message>
    <message>
        <source>Say what to export: linli-cli export households|residents|issues|visits --db DB --out FILE.xlsx|FILE.csv [--from DATE] [--to DATE] [--grid NAME]</source>
        <translation>请说明导出什么：linli-cli export households|residents|issues|visits --db 台账 --out 文件.xlsx|文件.csv [--from 日期] [--to 日期] [--grid 网格]</translation>
    </message>
    <message>
        <source>Say what to import: linli-cli import households|residents|issues|visits FILE.xlsx|FILE.csv --db DB [--dry-run] [--skip-invalid]</source>
        <translation>请说明导入什么：linli-cli import households|residents|issues|visits 文件.xlsx|文件.csv --db 台账 [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) registered by name only completed.</source>
        <translation>
            <numerusform>已补全 %n 位仅登记姓名的居民。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n item(s): %1</source>
        <translation>
            <numerusform>新建 %n 项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to print: linli-cli print household-card --household-uuid U | booklet --building NAME|--compound NAME|--grid NAME | ledger [--from DATE] [--to DATE] [--status CODE] [--category C] [--grid NAME] | visits --from DATE --to DATE [--grid NAME] | route [--grid NAME] [--worker NAME] [--as-of DATE] --db DB --out FILE.pdf [--full-ids] [--today DATE]</source>
        <translation>请说明打印什么：linli-cli print household-card --household-uuid U | booklet --building 楼栋|--compound 小区|--grid 网格 | ledger [--from 日期] [--to 日期] [--status 状态] [--category 类别] [--grid 网格] | visits --from 日期 --to 日期 [--grid 网格] | route [--grid 网格] [--worker 网格员] [--as-of 日期] --db 台账 --out 文件.pdf [--full-ids] [--today 日期]</translation>
    </message>
    <message>
        <source>Name the household with --household-uuid U.</source>
        <translation>请用 --household-uuid U 指明住户。</translation>
    </message>
    <message>
        <source>Say which households the booklet holds with one of --building NAME, --compound NAME or --grid NAME.</source>
        <translation>请用 --building 楼栋、--compound 小区或 --grid 网格 中的一项指明一户一册包括哪些住户。</translation>
    </message>
    <message>
        <source>--status takes one of %1, not &apos;%2&apos;.</source>
        <translation>--status 应为 %1 之一，不能是“%2”。</translation>
    </message>
    <message>
        <source>The visit register covers a period: give --from DATE and --to DATE.</source>
        <translation>走访台账按时段打印：请给出 --from 日期 和 --to 日期。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --out FILE.pdf.</source>
        <translation>请用 --out 文件.pdf 指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>ID numbers and phones are printed in full; this was recorded in the audit log.</source>
        <translation>身份证号和电话已完整打印；此操作已记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2 (%3 s).</source>
        <translation>
            <numerusform>%1：共 %n 页，已写入 %2（用时 %3 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the week with --week, such as --week 2026-W47.</source>
        <translation>请用 --week 指定周次，例如 --week 2026-W47。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Published %1 (%2), edition %3; figures hash %4</source>
        <translation>已发布%1（%2）第 %3 版；数字哈希 %4</translation>
    </message>
    <message>
        <source>Say which report: linli-cli report weekly --db DB --week 2026-W47 [--scope all|community:NAME|grid:NAME|category:NAME|department:NAME] --format json [--out FILE], or linli-cli report publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]</source>
        <translation>请说明生成哪种报表：linli-cli report weekly --db 台账 --week 2026-W47 [--scope all|community:社区|grid:网格|category:类别|department:责任单位] --format json [--out 文件]，或 linli-cli report publish --db 台账 --week 2026-W47 [--scope 范围] [--reason 原因]</translation>
    </message>
    <message>
        <source>--edition takes the number of an edition, not &apos;%1&apos;.</source>
        <translation>--edition 应为版次编号，不能是“%1”。</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.xlsx.</source>
        <translation>请用 --out 文件.xlsx 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx, not &apos;%1&apos;.</source>
        <translation>--format 应为 pdf 或 xlsx，不能是“%1”。</translation>
    </message>
    <message>
        <source>--format takes json, pdf or xlsx, not &apos;%1&apos;.</source>
        <translation>--format 应为 json、pdf 或 xlsx，不能是“%1”。</translation>
    </message>
    <message>
        <source>Say who you are: --user NAME or LINLI_USER, with the password in LINLI_PASSWORD, --password-file FILE or typed at the prompt.</source>
        <translation>请说明用户身份：--user 用户名 或 LINLI_USER，密码取自 LINLI_PASSWORD、--password-file 文件 或在提示处输入。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>No password was given: set %1, use --password-file FILE, or run the command in a terminal.</source>
        <translation>没有提供密码：请设置 %1、使用 --password-file 文件，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>The register %1 has no administrator yet: create the first one with linli-cli init --db %1 --user NAME.</source>
        <translation>登记册 %1 还没有管理员：请先用 linli-cli init --db %1 --user 用户名 创建第一个系统管理员。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: linli-cli user passwd --db %2 (the new password from LINLI_NEW_PASSWORD or typed at the prompt).</source>
        <translation>%1 须先设置新密码：linli-cli user passwd --db %2（新密码取自 LINLI_NEW_PASSWORD 或在提示处输入）。</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>新管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>Usage: linli-cli user add NAME --display-name 李丽 --role ROLE [--grid NAME]... [--community NAME] --db DB | user list [--format json] --db DB | user disable|enable|reset-password NAME --db DB | user set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB | user passwd --db DB. ROLE is grid_worker (网格员), community_admin (社区管理员), street_staff (街道工作人员) or admin (系统管理员).</source>
        <translation>用法：linli-cli user add 用户名 --display-name 李丽 --role 角色 [--grid 网格]... [--community 社区] --db 登记册 | user list [--format json] --db 登记册 | user disable|enable|reset-password 用户名 --db 登记册 | user set 用户名 [--role 角色] [--grid 网格]... [--community 社区] [--display-name 名称] --db 登记册 | user passwd --db 登记册。角色为 grid_worker（网格员）、community_admin（社区管理员）、street_staff（街道工作人员）或 admin（系统管理员）。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未作任何修改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use grid_worker (网格员), community_admin (社区管理员), street_staff (街道工作人员) or admin (系统管理员).</source>
        <translation>“%1”不是角色：请用 grid_worker（网格员）、community_admin（社区管理员）、street_staff（街道工作人员）或 admin（系统管理员）。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Name the register to create with --db FILE or --db postgresql://user@host:port/dbname.</source>
        <translation>请用 --db 文件 或 --db postgresql://用户@主机:端口/数据库 指定要创建的登记册。</translation>
    </message>
    <message>
        <source>Register %1 created; %2 is its administrator.</source>
        <translation>已创建登记册 %1；%2 是其系统管理员。</translation>
    </message>
    <message>
        <source>%2 is the administrator of the register %1.</source>
        <translation>%2 已成为登记册 %1 的系统管理员。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Give the new account a role with --role.</source>
        <translation>请用 --role 指定新账户的角色。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) added; the password must be changed at the first login.</source>
        <translation>已添加 %1（%2，%3）；首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next login.</source>
        <translation>%1 的密码已重置；下次登录时须修改。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>ID numbers and phones are masked.</source>
        <translation>身份证号和电话已遮盖。</translation>
    </message>
    <message>
        <source>Usage: linli-cli place add community NAME | place add grid NAME --community C | place add compound NAME --community C | place add building NAME --compound C/COMPOUND --grid GRID [--units N] | place list [--format json] | place rename KIND PATH NEW_NAME | place move building C/COMPOUND/BUILDING --grid GRID | place units C/COMPOUND/BUILDING N | place retire|reinstate|delete KIND PATH [--date DATE]; KIND is community, grid, compound or building (社区, 网格, 小区, 楼栋); each with --db DB.</source>
        <translation>用法：linli-cli place add community 名称 | place add grid 名称 --community 社区 | place add compound 名称 --community 社区 | place add building 名称 --compound 社区/小区 --grid 网格 [--units 单元数] | place list [--format json] | place rename 类型 路径 新名称 | place move building 社区/小区/楼栋 --grid 网格 | place units building 路径 单元数 | place retire|reinstate|delete 类型 路径 [--date 日期]；类型为 community、grid、compound 或 building（社区、网格、小区、楼栋）；均需 --db DB。</translation>
    </message>
    <message>
        <source>Name the community: --community NAME.</source>
        <translation>请指明社区：--community 社区名。</translation>
    </message>
    <message>
        <source>A building needs its compound and grid: --compound 社区名/小区名 --grid 网格名.</source>
        <translation>楼栋须指明所属小区和所在网格：--compound 社区名/小区名 --grid 网格名。</translation>
    </message>
    <message>
        <source>--units takes a whole number of units, such as 3.</source>
        <translation>--units 应为单元数（整数），如 3。</translation>
    </message>
    <message>
        <source>--format is json or text.</source>
        <translation>--format 应为 json 或 text。</translation>
    </message>
    <message>
        <source> (retired %1)</source>
        <translation>（%1 停用）</translation>
    </message>
    <message>
        <source>Community </source>
        <translation>社区 </translation>
    </message>
    <message>
        <source>Grid </source>
        <translation>网格 </translation>
    </message>
    <message>
        <source>Compound </source>
        <translation>小区 </translation>
    </message>
    <message>
        <source>Building </source>
        <translation>楼栋 </translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单元</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of place: community, grid, compound or building.</source>
        <translation>“%1”不是区域类型：请用 community、grid、compound 或 building。</translation>
    </message>
    <message>
        <source>Give the new name: linli-cli place rename KIND PATH NEW_NAME.</source>
        <translation>请给出新名称：linli-cli place rename 类型 路径 新名称。</translation>
    </message>
    <message>
        <source>A building moves to another grid: linli-cli place move building 社区名/小区名/楼栋名 --grid 网格名.</source>
        <translation>只有楼栋可以调整网格：linli-cli place move building 社区名/小区名/楼栋名 --grid 网格名。</translation>
    </message>
    <message>
        <source>Give a building and its number of units: linli-cli place units building PATH N.</source>
        <translation>请给出楼栋及其单元数：linli-cli place units building 路径 单元数。</translation>
    </message>
    <message>
        <source>Usage: linli-cli household add --building 社区名/小区名/楼栋名 [--unit U] --room R --housing owner|rented|vacant|other [--phone P] [--notes TEXT] --db DB (or --compound 社区名/小区名 --grid 网格名 for a courtyard without buildings)</source>
        <translation>用法：linli-cli household add --building 社区名/小区名/楼栋名 [--unit 单元] --room 房号 --housing owner|rented|vacant|other [--phone 电话] [--notes 备注] --db DB（没有楼栋的院落用 --compound 社区名/小区名 --grid 网格名）</translation>
    </message>
    <message>
        <source>The building %1 is retired.</source>
        <translation>楼栋 %1 已停用。</translation>
    </message>
    <message>
        <source>Name where the household lives: --building 社区名/小区名/楼栋名, or --compound 社区名/小区名 with --grid.</source>
        <translation>请指明住户所在位置：--building 社区名/小区名/楼栋名，或 --compound 社区名/小区名 加 --grid。</translation>
    </message>
    <message>
        <source>Name the grid of the household: --grid 网格名.</source>
        <translation>请指明住户所属网格：--grid 网格名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a housing use: owner, rented, vacant or other (自住, 出租, 空置, 其他).</source>
        <translation>“%1”不是住房用途：请用 owner、rented、vacant 或 other（自住、出租、空置、其他）。</translation>
    </message>
    <message>
        <source>Usage: linli-cli resident add --household-uuid U --name NAME [--id-number ID] --relation head|spouse|son|daughter|parent|grandchild|sibling|tenant|other [--sex M|F] [--birth-date DATE] [--phone P] [--residence-type registered|resident|floating|away] [--party-member] [--notes TEXT] --db DB</source>
        <translation>用法：linli-cli resident add --household-uuid U --name 姓名 [--id-number 身份证号] --relation head|spouse|son|daughter|parent|grandchild|sibling|tenant|other [--sex M|F] [--birth-date 日期] [--phone 电话] [--residence-type registered|resident|floating|away] [--party-member] [--notes 备注] --db DB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation to the head: head, spouse, son, daughter, parent, grandchild, sibling, tenant or other (户主, 配偶, 子, 女, 父母, 孙子女, 兄弟姐妹, 租户, 其他).</source>
        <translation>“%1”不是与户主关系：请用 head、spouse、son、daughter、parent、grandchild、sibling、tenant 或 other（户主、配偶、子、女、父母、孙子女、兄弟姐妹、租户、其他）。</translation>
    </message>
    <message>
        <source>--sex is M or F (男, 女).</source>
        <translation>--sex 应为 M 或 F（男、女）。</translation>
    </message>
    <message>
        <source>--residence-type is registered, resident, floating or away (户籍, 常住, 流动, 人户分离).</source>
        <translation>--residence-type 应为 registered、resident、floating 或 away（户籍、常住、流动、人户分离）。</translation>
    </message>
    <message>
        <source>Name the workbook to write: linli-cli template --out 导入模板.xlsx</source>
        <translation>请指明要写入的工作簿：linli-cli template --out 导入模板.xlsx</translation>
    </message>
    <message>
        <source>The import template was written to %1.</source>
        <translation>导入模板已写入 %1。</translation>
    </message>
    <message>
        <source>--format is markdown.</source>
        <translation>--format 只能是 markdown。</translation>
    </message>
    <message>
        <source>schema: </source>
        <translation>结构：</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>--digest takes the form COUNT:HASH (a count of audit rows and 64 hexadecimal digits), as linli-cli audit digest prints it; &apos;%1&apos; is not.</source>
        <translation>--digest 的格式为 行数:哈希（审计日志行数和 64 位十六进制数字），与 linli-cli audit digest 的输出相同；“%1”不是。</translation>
    </message>
    <message>
        <source>Cannot read the digest file %1: %2</source>
        <translation>无法读取摘要文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 holds no audit digest (COUNT:HASH).</source>
        <translation>文件 %1 中没有审计摘要（行数:哈希）。</translation>
    </message>
    <message>
        <source>audit ledger: %1 records, each equal to its audit values</source>
        <translation>审计核对：%1 条记录，均与审计值一致</translation>
    </message>
    <message>
        <source>audit ledger: %1 of %2 records differ from the audit log</source>
        <translation>审计核对：%2 条记录中有 %1 条与审计日志不一致</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>audit digests: the log reaches all %1 known</source>
        <translation>审计摘要：日志与已知的 %1 个摘要均一致</translation>
    </message>
    <message>
        <source>audit digests: %1</source>
        <translation>审计摘要：%1</translation>
    </message>
    <message>
        <source>Say what to do: linli-cli audit digest --db DB</source>
        <translation>请说明要做什么：linli-cli audit digest --db DB</translation>
    </message>
    <message>
        <source>Audit digest: %1</source>
        <translation>审计摘要：%1</translation>
    </message>
    <message>
        <source>Say what to do: linli-cli backup create [--to DIR] --db DB | backup list [--format json] --db DB | backup verify FILE | backup restore FILE --to NEW_FILE</source>
        <translation>请说明要做什么：linli-cli backup create [--to 文件夹] --db DB | backup list [--format json] --db DB | backup verify 文件 | backup restore 文件 --to 新文件</translation>
    </message>
    <message>
        <source>A register on a PostgreSQL server is backed up with the server&apos;s pg_dump, which is not installed here; install postgresql-client, or ask the server&apos;s administrator.</source>
        <translation>PostgreSQL 服务器上的登记册用服务器的 pg_dump 备份，但本机未安装；请安装 postgresql-client，或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump 失败：%1</translation>
    </message>
    <message>
        <source>The server&apos;s register was dumped with pg_dump -Fc to %1.</source>
        <translation>已用 pg_dump -Fc 将服务器上的登记册导出到 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is whole: version %2, made %3, %4 households, %5 residents, %6 issues, audit digest %7.</source>
        <translation>备份 %1 完好：结构版本 %2，备份于 %3，%4 户，%5 名居民，%6 个问题，审计摘要 %7。</translation>
    </message>
    <message>
        <source>Restored %1 to the new register %2.</source>
        <translation>已从 %1 恢复为新登记册 %2。</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes, checked; audit digest %3).</source>
        <translation>已备份到 %1（%2 字节，已检查；审计摘要 %3）。</translation>
    </message>
    <message>
        <source>(no manifest)</source>
        <translation>（无清单）</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
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
        <translation>用法：linli-cli 命令 [选项]
每个打开登记册的命令都以其中一个用户的身份执行：--user 用户名（或 LINLI_USER），
密码取自 LINLI_PASSWORD、--password-file 文件 或在提示处输入。
  --version
  init --db FILE|postgresql://… --user NAME [--display-name NAME]   （新建登记册及其第一个系统管理员）
  user add NAME --display-name NAME --role ROLE [--grid NAME]... [--community NAME] --db DB
  user list [--format json] | disable NAME | enable NAME | reset-password NAME | passwd --db DB
  user set NAME [--role ROLE] [--grid NAME]... [--community NAME] [--display-name NAME] --db DB
       （新密码取自 LINLI_NEW_PASSWORD 或提示输入；ROLE：grid_worker、community_admin、
        street_staff、admin，或 网格员、社区管理员、街道工作人员、系统管理员）
  place add community 名称 | add grid 名称 --community 社区 | add compound 名称 --community 社区 --db DB
  place add building 名称 --compound 社区/小区 --grid 网格 [--units 单元数] --db DB
  place list [--format json|text] --db DB
  place rename 类型 路径 新名称 | move building 路径 --grid 网格 | units building 路径 单元数 --db DB
  place retire|reinstate|delete 类型 路径 [--date 日期] --db DB
       （类型：community 社区、grid 网格、compound 小区、building 楼栋；路径：社区名[/小区名[/楼栋名]] 或 社区名/网格名）
  household add --building 社区/小区/楼栋 [--unit 单元] --room 房号 --housing owner|rented|vacant|other
            [--phone 电话] [--notes 备注] --db DB   （平房院落用 --compound 社区/小区 --grid 网格；输出新住户的 uuid）
  resident add --household-uuid U --name 姓名 [--id-number 身份证号] --relation head|spouse|son|daughter|...
            [--sex M|F] [--birth-date 日期] [--phone 电话] [--residence-type 代码] [--party-member] --db DB
  demo --preset community|street|district [--households N] [--seed S] [--today YYYY-MM-DD] [--years N]
       --db FILE
  check-id ID...
  search --db DB TEXT
  check --db DB [--quick] [--digest 行数:哈希] [--digest-file 文件]   （结构、完整性、审计账本；
       --quick：只核对审计哈希链和摘要）
  audit digest --db DB   （审计日志当前的摘要：行数:哈希）
  backup create [--to 文件夹] --db DB | backup list [--to 文件夹] [--format json] --db DB
  backup verify 文件 | backup restore 文件 --to 新文件   （从不覆盖已有文件）
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
  template --out FILE.xlsx   （空白导入模板，附每列的填写说明）
  columns [--format markdown]   （交换格式的各列，即 README 所列）
  print household-card --db DB --household-uuid U --out FILE.pdf
  print booklet --db DB --building NAME|--compound NAME|--grid NAME --out FILE.pdf
  print ledger --db DB [--from DATE] [--to DATE] [--status CODE] [--category C] [--grid NAME] --out FILE.pdf
  print visits --db DB --from DATE --to DATE [--grid NAME] --out FILE.pdf
  print route --db DB [--grid NAME] [--worker NAME] [--as-of DATE] --out FILE.pdf
        （各 print 命令均可加 --full-ids 打印完整号码，--today YYYY-MM-DD 指定打印日期）
  report weekly --db DB --week 2026-W47 [--scope all|community:NAME|grid:NAME|category:NAME|department:NAME]
         --format json|pdf|xlsx [--out FILE]
  report bulletin --db DB --week 2026-W47 [--scope SCOPE] [--edition N] --format pdf|xlsx --out FILE
  report dispatch --db DB --week 2026-W47 [--scope SCOPE] --format pdf|xlsx --out FILE
  report publish --db DB --week 2026-W47 [--scope SCOPE] [--reason TEXT]
</translation>
    </message>
</context>
<context>
    <name>linli::help</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>The menu or button with that letter underlined</source>
        <translation>打开该字母带下划线的菜单或按钮</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The register to open.</source>
        <translation>要打开的登记册。</translation>
    </message>
    <message>
        <source>The register to open (as with --db).</source>
        <translation>要打开的登记册（同 --db）。</translation>
    </message>
</context>
</TS>
