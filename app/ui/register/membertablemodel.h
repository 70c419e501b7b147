#pragma once

#include "register/types.h"

#include <QAbstractTableModel>

namespace linli {

// The members of the household being edited, with the changes not yet saved.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RelationColumn,
        IdNumberColumn,
        SexColumn,
        BirthDateColumn,
        PhoneColumn,
        ResidenceTypeColumn,
        StatusColumn,
        ColumnCount
    };

    struct Member {
        Resident resident;
        QStringList tags;
        bool changed = false; // needs writing on save
        bool tagsChanged = false;
        bool revealed = false; // the ID number was shown in full (显示完整号码)
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<Member> &members);
    // Phones in full, or masked (street staff).
    void setFullPhones(bool full) { m_fullPhones = full; }
    const QList<Member> &members() const { return m_members; }
    const Member &member(int row) const { return m_members.at(row); }
    void addMember(const Member &member);
    void replaceMember(int row, const Member &member);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Member> m_members;
    bool m_fullPhones = true;
};

} // namespace linli
