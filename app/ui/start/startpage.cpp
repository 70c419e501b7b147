#include "startpage.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace linli {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("Linli — household register, visits and issue ledger"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto *hint = new QLabel(tr("No register is open. A new office starts with a new register: then it adds its "
                               "communities, grids, compounds and buildings under 区域管理, or brings its "
                               "households in from its Excel workbooks."),
                            this);
    hint->setWordWrap(true);
    column->addWidget(hint);
    column->addSpacing(12);
    auto *grid = new QGridLayout;
    auto button = [&](const QString &name, const QString &text, const QString &detail, int row, int col,
                      void (StartPage::*signal)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setMinimumHeight(44);
        b->setToolTip(detail);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        b->setFont(f);
        connect(b, &QPushButton::clicked, this, signal);
        grid->addWidget(b, row * 2, col);
        auto *note = new QLabel(detail, this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(note, row * 2 + 1, col);
    };
    button(QStringLiteral("newRegisterButton"), tr("&New register…"),
           tr("An empty register for your community or street office."), 0, 0, &StartPage::newRequested);
    button(QStringLiteral("openRegisterButton"), tr("&Open register…"), tr("A register file (.linli) kept before."),
           0, 1, &StartPage::openRequested);
    button(QStringLiteral("demoRegisterButton"), tr("Open the &demo register"),
           tr("A made-up community to try everything out; nothing in it is real."), 1, 0, &StartPage::demoRequested);
    button(QStringLiteral("excelRegisterButton"), tr("New register from &Excel…"),
           tr("A new register, then your 住户 / 居民 workbook (.xlsx, .xls or .csv) imported into it."), 1, 1,
           &StartPage::excelRequested);
    column->addLayout(grid);
    column->addSpacing(12);
    auto *recentLabel = new QLabel(tr("&Recent registers"), this);
    m_recentLabel = recentLabel;
    column->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(150);
    recentLabel->setBuddy(m_recent);
    column->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void StartPage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1    %2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!QFileInfo::exists(path))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

} // namespace linli
