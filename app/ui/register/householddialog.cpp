#include "householddialog.h"

#include "common/windowsize.h"
#include "ui_householddialog.h"

#include "access/permissions.h"

#include "common/choices.h"
#include "common/fieldmessages.h"
#include "common/prompts.h"
#include "register/householdrepository.h"
#include "register/membertablemodel.h"
#include "register/phone.h"
#include "register/placerepository.h"
#include "register/residentdialog.h"
#include "register/residentrepository.h"
#include "register/statusdialog.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QPushButton>

namespace linli {

HouseholdDialog::HouseholdDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdDialog>()), m_db(std::move(db)), m_actor(actor)
{
    m_ui->setupUi(this);
    m_members = new MemberTableModel(this);
    m_members->setFullPhones(Access::allows(m_actor, Permission::FullPhone));
    m_ui->membersTableView->setModel(m_members);
    m_ui->membersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->membersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->membersTableView->verticalHeader()->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));

    for (const Choice &c : choices::housingUse())
        m_ui->housingUseComboBox->addItem(choiceLabel(choices::housingUse(), QString::fromLatin1(c.code)),
                                          QString::fromLatin1(c.code));
    if (auto tags = CareTagRepository(*m_db).tags()) {
        for (const CareTag &t : tags.value()) {
            m_careTags << t.name;
            auto *item = new QListWidgetItem(t.name, m_ui->householdTagsListWidget);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    fillGrids();
    clearMessage(m_ui->errorLabel);

    connect(m_ui->gridComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillCompounds();
        updateAddressPreview();
    });
    connect(m_ui->compoundComboBox, &QComboBox::currentTextChanged, this, [this] {
        fillBuildings();
        updateAddressPreview();
    });
    for (QComboBox *box : {m_ui->buildingComboBox})
        connect(box, &QComboBox::currentTextChanged, this, &HouseholdDialog::updateAddressPreview);
    for (QLineEdit *edit : {m_ui->unitLineEdit, m_ui->roomLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &HouseholdDialog::updateAddressPreview);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &HouseholdDialog::editMember);
    connect(m_ui->membersTableView, &QAbstractItemView::doubleClicked, this, &HouseholdDialog::editMember);
    connect(m_ui->moveOutMemberButton, &QPushButton::clicked, this,
            [this] { changeMemberStatus(QStringLiteral("moved_out")); });
    connect(m_ui->deceasedMemberButton, &QPushButton::clicked, this,
            [this] { changeMemberStatus(QStringLiteral("deceased")); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    fitToScreen(this);
}

HouseholdDialog::~HouseholdDialog() = default;

void HouseholdDialog::fillGrids()
{
    PlaceRepository places(*m_db);
    m_ui->gridComboBox->clear();
    auto communities = places.communities();
    if (!communities)
        return;
    const bool several = communities->size() > 1;
    for (const Community &c : communities.value()) {
        auto grids = places.grids(c.meta.id);
        if (!grids)
            continue;
        for (const Grid &g : grids.value())
            m_ui->gridComboBox->addItem(several ? c.name + QStringLiteral(" / ") + g.name : g.name,
                                        QVariantList{g.meta.id, c.meta.id});
    }
}

void HouseholdDialog::fillCompounds()
{
    const QString current = m_ui->compoundComboBox->currentText();
    QSignalBlocker block(m_ui->compoundComboBox);
    m_ui->compoundComboBox->clear();
    const QVariantList ids = m_ui->gridComboBox->currentData().toList();
    if (ids.size() == 2) {
        if (auto list = PlaceRepository(*m_db).compounds(ids.at(1).toLongLong()))
            for (const Compound &c : list.value())
                m_ui->compoundComboBox->addItem(c.name, c.meta.id);
    }
    m_ui->compoundComboBox->setCurrentText(current);
    fillBuildings();
}

void HouseholdDialog::fillBuildings()
{
    const QString current = m_ui->buildingComboBox->currentText();
    QSignalBlocker block(m_ui->buildingComboBox);
    m_ui->buildingComboBox->clear();
    const int i = m_ui->compoundComboBox->findText(m_ui->compoundComboBox->currentText());
    if (i >= 0) {
        if (auto list = PlaceRepository(*m_db).buildings(m_ui->compoundComboBox->itemData(i).toLongLong()))
            for (const Building &b : list.value())
                m_ui->buildingComboBox->addItem(b.name, b.meta.id);
    }
    m_ui->buildingComboBox->setCurrentText(current);
}

void HouseholdDialog::updateAddressPreview()
{
    const QString address = HouseholdRepository::composeAddress(
        m_ui->compoundComboBox->currentText().simplified(), m_ui->buildingComboBox->currentText().simplified(),
        m_ui->unitLineEdit->text().simplified(), m_ui->roomLineEdit->text().simplified());
    m_ui->addressPreviewLabel->setText(tr("Address: %1").arg(address));
}

void HouseholdDialog::startNew(const HouseholdFilter &place)
{
    setWindowTitle(tr("New household"));
    m_household = Household{};
    for (int i = 0; i < m_ui->gridComboBox->count(); ++i) {
        if (m_ui->gridComboBox->itemData(i).toList().value(0).toLongLong() == place.gridId) {
            m_ui->gridComboBox->setCurrentIndex(i);
            break;
        }
    }
    fillCompounds();
    if (place.compoundId) {
        if (auto c = PlaceRepository(*m_db).compound(place.compoundId))
            m_ui->compoundComboBox->setCurrentText(c->name);
    } else {
        m_ui->compoundComboBox->setCurrentText(QString());
    }
    if (place.buildingId) {
        if (auto b = PlaceRepository(*m_db).building(place.buildingId))
            m_ui->buildingComboBox->setCurrentText(b->name);
    } else {
        m_ui->buildingComboBox->setCurrentText(QString());
    }
    m_members->setMembers({});
    updateAddressPreview();
    m_ui->unitLineEdit->setFocus();
}

Status HouseholdDialog::load(qint64 householdId)
{
    auto h = HouseholdRepository(*m_db).get(householdId);
    if (!h)
        return h.error();
    m_household = h.value();
    setWindowTitle(tr("Household %1").arg(m_household.address));
    for (int i = 0; i < m_ui->gridComboBox->count(); ++i) {
        if (m_ui->gridComboBox->itemData(i).toList().value(0).toLongLong() == m_household.gridId)
            m_ui->gridComboBox->setCurrentIndex(i);
    }
    fillCompounds();
    PlaceRepository places(*m_db);
    if (auto c = places.compound(m_household.compoundId))
        m_ui->compoundComboBox->setCurrentText(c->name);
    if (m_household.buildingId) {
        if (auto b = places.building(m_household.buildingId))
            m_ui->buildingComboBox->setCurrentText(b->name);
    } else {
        m_ui->buildingComboBox->setCurrentText(QString());
    }
    m_ui->unitLineEdit->setText(m_household.unit);
    m_ui->roomLineEdit->setText(m_household.room);
    m_ui->housingUseComboBox->setCurrentIndex(m_ui->housingUseComboBox->findData(m_household.housingUse));
    const bool fullPhone = Access::allows(m_actor, Permission::FullPhone);
    m_ui->phoneLineEdit->setText(fullPhone ? m_household.phone : Phone::mask(m_household.phone));
    m_ui->phoneLineEdit->setReadOnly(!fullPhone);
    m_ui->notesLineEdit->setText(m_household.notes);

    CareTagRepository tags(*m_db);
    m_householdTags.clear();
    if (auto current = tags.householdTags(householdId, QDate::currentDate()))
        for (const TagAssignment &a : current.value())
            m_householdTags << a.tagName;
    for (int i = 0; i < m_ui->householdTagsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->householdTagsListWidget->item(i);
        item->setCheckState(m_householdTags.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }

    auto residents = ResidentRepository(*m_db).listByHousehold(householdId, true);
    if (!residents)
        return residents.error();
    QList<MemberTableModel::Member> members;
    for (const Resident &r : residents.value()) {
        MemberTableModel::Member m;
        m.resident = r;
        if (auto t = tags.residentTags(r.meta.id, QDate::currentDate()))
            for (const TagAssignment &a : t.value())
                m.tags << a.tagName;
        members << m;
    }
    m_members->setMembers(members);
    updateAddressPreview();
    return {};
}

int HouseholdDialog::selectedMemberRow() const
{
    const QModelIndexList rows = m_ui->membersTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void HouseholdDialog::addMember()
{
    auto *dialog = new ResidentDialog(m_careTags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrivacy({}, Access::allows(m_actor, Permission::FullPhone));
    MemberTableModel::Member m;
    // The first member is usually the head; later ones are family.
    m.resident.relation = m_members->rowCount() == 0 ? QStringLiteral("head") : QStringLiteral("spouse");
    if (m_ui->housingUseComboBox->currentData().toString() == QLatin1String("rented"))
        m.resident.residenceType = QStringLiteral("floating");
    dialog->setMember(m);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_members->addMember(dialog->member());
        m_ui->membersTableView->selectRow(m_members->rowCount() - 1);
    });
    dialog->open();
}

void HouseholdDialog::editMember()
{
    const int row = selectedMemberRow();
    if (row < 0)
        return;
    auto *dialog = new ResidentDialog(m_careTags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const MemberTableModel::Member member = m_members->member(row);
    dialog->setMember(member);
    // 显示完整号码 asks the core, which checks the role and writes the audit row.
    std::function<Result<QString>()> reveal;
    if (Access::allows(m_actor, Permission::RevealIdNumber) && member.resident.meta.id > 0)
        reveal = [this, id = member.resident.meta.id] { return ResidentRepository(*m_db).revealIdNumber(id, m_actor); };
    dialog->setPrivacy(reveal, Access::allows(m_actor, Permission::FullPhone));
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] { m_members->replaceMember(row, dialog->member()); });
    dialog->open();
}

void HouseholdDialog::changeMemberStatus(const QString &status)
{
    const int row = selectedMemberRow();
    if (row < 0)
        return;
    MemberTableModel::Member m = m_members->member(row);
    const bool movingOut = status == QLatin1String("moved_out");
    auto *dialog = new StatusDialog(movingOut ? tr("Member moved out") : tr("Member deceased"),
                                    movingOut ? tr("%1 moved out of this household on:").arg(m.resident.name)
                                              : tr("%1 died on:").arg(m.resident.name),
                                    movingOut, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row, status] {
        MemberTableModel::Member changed = m_members->member(row);
        changed.resident.status = status;
        changed.resident.statusDate = dialog->date().toString(Qt::ISODate);
        changed.resident.destination = dialog->destination();
        changed.changed = true;
        m_members->replaceMember(row, changed);
    });
    dialog->open();
}

Result<qint64> HouseholdDialog::save()
{
    PlaceRepository places(*m_db);
    Household h = m_household;
    const QVariantList gridIds = m_ui->gridComboBox->currentData().toList();
    if (gridIds.size() != 2)
        return Error{ErrorCode::Invalid, tr("Choose the grid of the household."), QStringLiteral("grid")};
    h.gridId = gridIds.at(0).toLongLong();
    h.unit = m_ui->unitLineEdit->text();
    h.room = m_ui->roomLineEdit->text();
    h.housingUse = m_ui->housingUseComboBox->currentData().toString();
    if (!m_ui->phoneLineEdit->isReadOnly())
        h.phone = m_ui->phoneLineEdit->text();
    h.notes = m_ui->notesLineEdit->text();
    QStringList householdTags;
    for (int i = 0; i < m_ui->householdTagsListWidget->count(); ++i) {
        if (m_ui->householdTagsListWidget->item(i)->checkState() == Qt::Checked)
            householdTags << m_ui->householdTagsListWidget->item(i)->text();
    }

    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    const QString compoundName = m_ui->compoundComboBox->currentText().simplified();
    if (compoundName.isEmpty())
        return Error{ErrorCode::Invalid, tr("Enter the compound of the household."), QStringLiteral("compound")};
    auto compound = places.ensureCompound(gridIds.at(1).toLongLong(), compoundName, m_actor);
    if (!compound)
        return compound.error();
    h.compoundId = compound->meta.id;
    const QString buildingName = m_ui->buildingComboBox->currentText().simplified();
    h.buildingId = 0;
    if (!buildingName.isEmpty()) {
        auto building = places.ensureBuilding(h.compoundId, buildingName, m_actor, h.gridId);
        if (!building)
            return building.error();
        h.buildingId = building->meta.id;
    }

    HouseholdRepository households(*m_db);
    auto saved = h.meta.id ? households.update(h, m_actor) : households.create(h, m_actor);
    if (!saved)
        return saved.error();
    const qint64 id = saved->meta.id;
    CareTagRepository tags(*m_db);
    if (householdTags != m_householdTags) {
        if (Status s = tags.setHouseholdTags(id, householdTags, QDate::currentDate(), m_actor); !s)
            return s.error();
    }

    ResidentRepository residents(*m_db);
    for (const MemberTableModel::Member &m : m_members->members()) {
        if (!m.changed && !m.tagsChanged)
            continue;
        Resident r = m.resident;
        r.householdId = id;
        qint64 residentId = r.meta.id;
        if (m.changed) {
            auto written = r.meta.id ? residents.update(r, m_actor) : residents.create(r, m_actor);
            if (!written)
                return Error{written.error().code, tr("Member %1: %2").arg(r.name, written.error().message),
                             written.error().field};
            residentId = written->meta.id;
        }
        if (m.tagsChanged || !m.resident.meta.id) {
            if (Status s = tags.setResidentTags(residentId, m.tags, QDate::currentDate(), m_actor); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

void HouseholdDialog::accept()
{
    clearMessage(m_ui->errorLabel);
    auto result = save();
    if (!result) {
        showProblem(m_ui->errorLabel, result.error().message);
        if (result.error().code == ErrorCode::Conflict && result.error().field == QLatin1String("version")) {
            // The other change is shown only when the person asks: until then what they typed
            // stays in the form.
            if (prompts::buttons(this, tr("Changed by someone else"), result.error().message,
                                 {tr("Reload (discard my changes)")})
                    == 0
                && m_household.meta.id > 0) {
                if (Status s = load(m_household.meta.id); !s)
                    prompts::warning(this, tr("Household"), s.error().message);
                else
                    showProblem(m_ui->errorLabel, tr("Reloaded: the household as it is now."));
            }
            return;
        }
        const QString field = result.error().field;
        if (field == QLatin1String("room"))
            m_ui->roomLineEdit->setFocus();
        else if (field == QLatin1String("phone"))
            m_ui->phoneLineEdit->setFocus();
        else if (field == QLatin1String("compound"))
            m_ui->compoundComboBox->setFocus();
        return;
    }
    m_household.meta.id = result.value();
    emit saved(result.value());
    QDialog::accept();
}

} // namespace linli
