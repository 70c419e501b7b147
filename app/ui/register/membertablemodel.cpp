#include "membertablemodel.h"

#include "common/choices.h"
#include "register/idnumber.h"
#include "register/phone.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace linli {

MemberTableModel::MemberTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void MemberTableModel::setMembers(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void MemberTableModel::addMember(const Member &member)
{
    beginInsertRows({}, int(m_members.size()), int(m_members.size()));
    m_members.append(member);
    endInsertRows();
}

void MemberTableModel::replaceMember(int row, const Member &member)
{
    m_members[row] = member;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    const Resident &r = m.resident;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return r.name;
        case RelationColumn: return choiceLabel(choices::relation(), r.relation);
        // A saved member's number is masked on screen until revealed; one typed in now is not.
        case IdNumberColumn:
            return r.meta.id > 0 && !m.revealed ? IdNumber::mask(r.idNumber) : r.idNumber;
        case SexColumn: return choiceLabel(choices::sex(), r.sex);
        case BirthDateColumn: return r.birthDate;
        case PhoneColumn: return m_fullPhones ? r.phone : Phone::mask(r.phone);
        case ResidenceTypeColumn: return choiceLabel(choices::residenceType(), r.residenceType);
        case StatusColumn:
            return r.status == QLatin1String("active")
                ? choiceLabel(choices::residentStatus(), r.status)
                : QStringLiteral("%1 %2").arg(choiceLabel(choices::residentStatus(), r.status), r.statusDate);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && r.status != QLatin1String("active"))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole && m.changed) {
        QFont f;
        f.setItalic(true); // not saved yet
        return f;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RelationColumn: return tr("Relation");
    case IdNumberColumn: return tr("ID number");
    case SexColumn: return tr("Sex");
    case BirthDateColumn: return tr("Birth date");
    case PhoneColumn: return tr("Phone");
    case ResidenceTypeColumn: return tr("Residence");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace linli
