#include "ledgerpage.h"

#include "ui_ledgerpage.h"

#include "access/permissions.h"

#include "common/flowlayout.h"
#include "common/gridchoices.h"
#include "common/printbutton.h"
#include "common/prompts.h"
#include "common/viewplace.h"
#include "ledger/issueactiondialog.h"
#include "ledger/issuedialog.h"
#include "ledger/issuetablemodel.h"
#include "ledger/ledgersettings.h"
#include "ledger/warnings.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

namespace linli {

namespace {
const QDate kAnyDate(2000, 1, 1);
} // namespace

LedgerPage::LedgerPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LedgerPage>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->statusComboBox->addItem(tr("All"), QString());
    for (const Choice &c : choices::issueStatus())
        m_ui->statusComboBox->addItem(choiceLabel(choices::issueStatus(), QString::fromLatin1(c.code)),
                                      QString::fromLatin1(c.code));
    m_ui->warningComboBox->addItem(tr("All"), int(WarningLevel::None));
    m_ui->warningComboBox->addItem(tr("Red"), int(WarningLevel::Red));
    m_ui->warningComboBox->addItem(tr("Amber"), int(WarningLevel::Amber));

    reloadLists();
    m_ui->gridComboBox->addItem(tr("All"), 0);
    addGridChoices(m_ui->gridComboBox, *m_db);
    // The earliest date stands for "any": the range is open on that side.
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(kAnyDate);
    }
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &LedgerPage::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the issues"));
    connect(find, &QShortcut::activated, m_ui->searchLineEdit, qOverload<>(&QWidget::setFocus));

    m_issues = new IssueTableModel(m_db, this);
    m_ui->issueTableView->setModel(m_issues);
    m_ui->issueTableView->verticalHeader()->hide();
    m_ui->issueTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->issueTableView->horizontalHeader()->resizeSection(IssueTableModel::TitleColumn, 220);
    m_ui->issueTableView->horizontalHeader()->resizeSection(IssueTableModel::PlaceColumn, 240);
    // Newest first; a click on a header orders by that column.
    m_ui->issueTableView->horizontalHeader()->setSortIndicator(IssueTableModel::RegisteredColumn, Qt::DescendingOrder);
    m_ui->issueTableView->setSortingEnabled(true);
    m_ui->issueTableView->horizontalHeader()->setSortIndicatorShown(true);
    // The detail pane starts at about a third of the height; its size is remembered.
    m_ui->ledgerSplitter->setStretchFactor(0, 2);
    m_ui->ledgerSplitter->setStretchFactor(1, 1);
    m_ui->ledgerSplitter->setSizes({400, 200});
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_ui->pageLayout->addWidget(m_countLabel);
    connect(m_issues, &PagedTableModel::totalCountChanged, this,
            [this](int total) { m_countLabel->setText(tr("%n issue(s)", nullptr, total)); });

    // 登记问题 for a place with no household (a compound, a building, a road); Insert too.
    auto *newIssue = new QPushButton(tr("Register &issue…"), this);
    newIssue->setObjectName(QStringLiteral("newIssueButton"));
    newIssue->setEnabled(Access::allows(m_actor, Permission::RegisterIssue));
    connect(newIssue, &QPushButton::clicked, this, &LedgerPage::registerIssue);
    m_ui->filterLayout->insertWidget(0, newIssue);
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setWhatsThis(tr("Register an issue (Issue ledger page)"));
    connect(insert, &QShortcut::activated, this, &LedgerPage::registerIssue);

    // One button per action, always in the workflow's order and in the same place: one not
    // possible for the selection is disabled, and its tooltip says why.
    for (IssueAction action : Workflow::allActions()) {
        auto *button = new QPushButton(Workflow::actionLabel(action), this);
        button->setObjectName(QStringLiteral("action_") + Workflow::actionCode(action));
        button->setProperty("action", int(action));
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        m_ui->actionLayout->addWidget(button);
        m_actionButtons << button;
    }
    m_ui->actionLayout->addStretch();
    FlowLayout::wrap(m_ui->actionLayout);

    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->warningComboBox, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->gridComboBox, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &LedgerPage::attachFile);
    auto *print = new PrintButton(m_db, m_actor, this);
    print->addDocument(
        tr("Issue ledger"),
        [this]() -> std::optional<PrintRequest> {
            const IssueFilter filter = m_issues->filter(); // what the page shows
            return PrintRequest{QStringLiteral("问题台账"), [filter](Database &reg, const PrintOptions &options) {
                                    return Printing::ledger(reg, filter, options);
                                }};
        },
        QKeySequence::Print);
    m_ui->filterLayout->addWidget(print);
    FlowLayout::wrap(m_ui->filterLayout); // wraps on a narrow window
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &LedgerPage::applyFilter);
    connect(m_ui->issueTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LedgerPage::selectionChanged);
    connect(m_issues, &QAbstractItemModel::modelReset, this, &LedgerPage::selectionChanged);
    connect(m_issues, &IssueTableModel::errorOccurred, this,
            [this](const QString &message) { prompts::warning(this, tr("Issue ledger"), message); });
    applyFilter();
}

LedgerPage::~LedgerPage() = default;

void LedgerPage::reloadLists()
{
    // Retired entries stay in the filters: older issues are filed under them.
    LedgerSettings lists(*m_db);
    const QString category = m_ui->categoryComboBox->currentData().toString();
    const qint64 department = m_ui->departmentComboBox->currentData().toLongLong();
    const QSignalBlocker blockCategories(m_ui->categoryComboBox);
    const QSignalBlocker blockDepartments(m_ui->departmentComboBox);
    m_ui->categoryComboBox->clear();
    m_ui->categoryComboBox->addItem(tr("All"), QString());
    if (auto names = lists.categoryNames(0, LedgerSettings::Retired::Include))
        for (const QString &name : names.value())
            m_ui->categoryComboBox->addItem(name, name);
    m_ui->departmentComboBox->clear();
    m_ui->departmentComboBox->addItem(tr("All"), 0);
    if (auto departments = lists.departments(LedgerSettings::Retired::Include))
        for (const Department &d : departments.value())
            m_ui->departmentComboBox->addItem(d.name, d.id);
    m_ui->categoryComboBox->setCurrentIndex(std::max(0, m_ui->categoryComboBox->findData(category)));
    m_ui->departmentComboBox->setCurrentIndex(std::max(0, m_ui->departmentComboBox->findData(department)));
}

void LedgerPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ledger/splitter"), m_ui->ledgerSplitter->saveState());
    settings.setValue(QStringLiteral("ledger/columns"), m_ui->issueTableView->horizontalHeader()->saveState());
}

void LedgerPage::restoreState(QSettings &settings)
{
    m_ui->ledgerSplitter->restoreState(settings.value(QStringLiteral("ledger/splitter")).toByteArray());
    m_ui->issueTableView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("ledger/columns")).toByteArray());
}

void LedgerPage::applyFilter()
{
    IssueFilter f;
    f.status = m_ui->statusComboBox->currentData().toString();
    f.warning = WarningLevel(m_ui->warningComboBox->currentData().toInt());
    f.asOf = QDate::currentDate();
    f.category = m_ui->categoryComboBox->currentData().toString();
    f.departmentId = m_ui->departmentComboBox->currentData().toLongLong();
    f.gridId = m_ui->gridComboBox->currentData().toLongLong();
    if (m_ui->fromDateEdit->date() != kAnyDate)
        f.from = m_ui->fromDateEdit->date();
    if (m_ui->toDateEdit->date() != kAnyDate)
        f.to = m_ui->toDateEdit->date();
    f.text = m_ui->searchLineEdit->text();
    m_issues->setFilter(f);
}

void LedgerPage::refresh()
{
    reloadLists(); // a dispatch may have named a new department
    const QStringList selected = selectedNumbers();
    keepViewPlace(m_ui->issueTableView, [this] { m_issues->refresh(); });
    for (int row = 0; row < m_issues->rowCount(); ++row) {
        if (selected.contains(m_issues->listed(row).issue.number))
            m_ui->issueTableView->selectionModel()->select(m_issues->index(row, 0),
                                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList LedgerPage::selectedNumbers() const
{
    QStringList out;
    for (const QModelIndex &index : m_ui->issueTableView->selectionModel()->selectedRows())
        out << index.data(IssueTableModel::NumberRole).toString();
    return out;
}

void LedgerPage::selectionChanged()
{
    const QModelIndexList rows = m_ui->issueTableView->selectionModel()->selectedRows();
    QSet<int> legal;
    QHash<int, QString> why; // the first reason an action is not possible
    bool first = true;
    for (const QModelIndex &index : rows) {
        const Issue &issue = m_issues->listed(index.row()).issue;
        QSet<int> here;
        for (IssueAction a : Workflow::allActions()) {
            const bool possible = Workflow::legalActions(issue.status, issue.escalated).contains(a)
                // 交办 of a dispatched issue is 改派, which has its own button.
                && (a != IssueAction::Dispatch || issue.status == QLatin1String("accepted"));
            if (!possible) {
                if (!why.contains(int(a))) {
                    auto target = Workflow::target(a, issue.status, {}, issue.escalated);
                    why.insert(int(a),
                               QStringLiteral("%1：%2").arg(
                                   issue.number, target ? tr("not possible in this status") : target.error().message));
                }
                continue;
            }
            here.insert(int(a));
        }
        legal = first ? here : legal.intersect(here);
        first = false;
    }
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        const int action = button->property("action").toInt();
        // Only what the user's role may do (the core refuses the rest anyway).
        const bool allowed = Access::allows(m_actor, IssueRepository::permissionFor(IssueAction(action)));
        button->setEnabled(allowed && legal.contains(action));
        button->setToolTip(!allowed                     ? tr("Your role does not %1.").arg(button->text())
                               : rows.isEmpty()         ? tr("Choose one or more issues in the list first.")
                               : legal.contains(action) ? QString()
                                                        : why.value(action));
    }
    m_ui->attachButton->setEnabled(rows.size() == 1);
    if (rows.size() == 1)
        showDetail(rows.constFirst().data(IssueTableModel::NumberRole).toString());
    else
        m_ui->detailTextBrowser->setPlainText(rows.isEmpty() ? QString()
                                                             : tr("%n issue(s) selected", nullptr, int(rows.size())));
}

void LedgerPage::showDetail(const QString &number)
{
    IssueRepository repo(*m_db);
    auto issue = repo.getByNumber(number);
    if (!issue) {
        m_ui->detailTextBrowser->setPlainText(issue.error().message);
        return;
    }
    const Issue &i = issue.value();
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 %2</h3><p>").arg(esc(i.number), esc(i.title));
    auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<b>%1</b>：%2　").arg(esc(label), esc(value));
    };
    field(tr("Category"), i.subcategory.isEmpty() ? i.category : i.category + QStringLiteral("/") + i.subcategory);
    field(tr("Source"), choiceLabel(choices::issueSource(), i.source));
    field(tr("Reporter"), i.reporter);
    field(tr("Place"), i.location);
    field(tr("Status"), choiceLabel(choices::issueStatus(), i.status));
    field(tr("Department"), i.departmentName + (i.assignee.isEmpty() ? QString() : QStringLiteral(" ") + i.assignee));
    field(tr("Deadline"), i.deadline);
    field(tr("Returned"), i.returnCount ? QString::number(i.returnCount) : QString());
    html += QStringLiteral("</p><table cellspacing=\"4\">");
    if (auto events = repo.events(i.meta.id)) {
        for (const IssueEvent &e : events.value()) {
            const auto action = Workflow::parseAction(e.kind);
            const QString what = action ? Workflow::actionLabel(action.value()) : tr("registered");
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(e.eventDate), esc(what), esc(e.describe()), esc(e.userName));
        }
    }
    html += QStringLiteral("</table>");
    if (auto files = repo.attachments(i.meta.id); files && !files->isEmpty()) {
        // Photos are shown, other files named; the images live in the document's resources.
        QTextDocument *document = m_ui->detailTextBrowser->document();
        QStringList names;
        QString before;
        QString after;
        for (const Attachment &a : files.value()) {
            names << esc(a.fileName);
            if (!a.mimeType.startsWith(QLatin1String("image/")))
                continue;
            QString &images = a.kind == QLatin1String("after") ? after : before;
            QImage image;
            if (auto bytes = repo.attachmentData(a.meta.id); bytes && image.loadFromData(bytes.value())) {
                const QUrl url(QStringLiteral("attachment://%1").arg(a.meta.id));
                // Shrunk to a thumbnail if large; never enlarged.
                if (image.width() > 240 || image.height() > 180)
                    image = image.scaled(240, 180, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                document->addResource(QTextDocument::ImageResource, url, image);
                images += QStringLiteral("<img src=\"%1\" title=\"%2\"> ").arg(url.toString(), esc(a.fileName));
            }
        }
        html += QStringLiteral("<p><b>%1</b>：%2</p>").arg(esc(tr("Attachments")), names.join(QStringLiteral("、")));
        if (!before.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(tr("Before the fix")), before);
        if (!after.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(tr("After the fix")), after);
    }
    m_ui->detailTextBrowser->setHtml(html);
}

void LedgerPage::attachFile()
{
    const QStringList numbers = selectedNumbers();
    if (numbers.size() != 1)
        return;
    const QString path = prompts::openFileName(this, tr("Attach to issue %1").arg(numbers.constFirst()), QString(),
                                               tr("Photos (*.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prompts::warning(this, tr("Attach"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > IssueRepository::kMaxAttachmentBytes) {
        prompts::warning(
            this, tr("Attach"),
            tr("%1 is larger than %2 MB.").arg(path).arg(IssueRepository::kMaxAttachmentBytes / (1024 * 1024)));
        return;
    }
    const QByteArray bytes = file.readAll();
    QString kind = QStringLiteral("document");
    if (!QImage::fromData(bytes).isNull()) {
        // A photo shows the problem (整改前) or the fix (整改后); once the work has begun, the
        // fix is the likelier.
        IssueRepository repo(*m_db);
        auto issue = repo.getByNumber(numbers.constFirst());
        static const QStringList working{QStringLiteral("in_progress"), QStringLiteral("resolved"),
                                         QStringLiteral("followed_up"), QStringLiteral("closed")};
        const bool fixing = issue && working.contains(issue->status);
        const auto answer = prompts::question(
            this, tr("Attach"),
            tr("Is %1 a photo of the fix (整改后)? Choose No for a photo of the problem (整改前).")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, fixing ? QMessageBox::Yes : QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        kind = answer == QMessageBox::Yes ? QStringLiteral("after") : QStringLiteral("before");
    }
    auto attached = IssueRepository(*m_db).attach(numbers.constFirst(), path, kind, bytes, m_actor);
    if (!attached) {
        prompts::warning(this, tr("Attach"), attached.error().message);
        return;
    }
    showDetail(numbers.constFirst());
}

void LedgerPage::registerIssue()
{
    if (!Access::allows(m_actor, Permission::RegisterIssue))
        return;
    auto *dialog = new IssueDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Register an issue"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString number = dialog->number();
        refresh();
        emit issuesChanged();
        // The new issue chosen and in view.
        for (int row = 0; row < m_issues->rowCount(); ++row) {
            if (m_issues->listed(row).issue.number == number) {
                m_ui->issueTableView->selectRow(row);
                m_ui->issueTableView->scrollTo(m_issues->index(row, 0));
                break;
            }
        }
        prompts::status(this, tr("Registered: %1").arg(number));
    });
    dialog->open();
}

void LedgerPage::runAction(IssueAction action)
{
    const QStringList numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    auto *dialog = new IssueActionDialog(m_db, m_actor, action, numbers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit issuesChanged();
    });
    dialog->open();
}

} // namespace linli
