#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace linli {

// The one paged table model: the household, issue and visit lists show a page at a time and
// fetch the next as the view scrolls, each page read after the last row shown (keyset paging by
// the list's sort key and id, not OFFSET). This base keeps the paging honest: the first page is
// read inside the reset, nothing is fetched while a reset or a page is being announced, and a
// page that fails ends the list with a message instead of leaving it half-changed.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    // Reads the list again from its first page (after a change, or with a new filter or order).
    void refresh();
    // How many rows the list has in all (共 N 件), not only those fetched.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(int total);
    void errorOccurred(const QString &message);

protected:
    explicit PagedTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) { }
    void setPageSize(int rows) { m_pageSize = rows; }

    // The list's own part: how many rows it has in all; the page after the rows held (the first
    // one when there are none), read into a pending buffer; then appended, or all dropped.
    virtual Result<int> countRows() = 0;
    virtual Result<int> readPage(int limit) = 0;
    virtual void appendPage() = 0;
    virtual void clearRows() = 0;
    virtual int heldRows() const = 0;

private:
    int m_pageSize = kPageSize;
    int m_total = 0;
    bool m_complete = true;
    bool m_resetting = false;
    bool m_fetching = false;
};

// The rows of a paged list of one type, and the page being read: a list model only says how to
// count its rows, how to read the page after a row, and how to show one.
template<typename Row> class PagedRowsModel : public PagedTableModel
{
public:
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    using PagedTableModel::PagedTableModel;
    // The page of up to `limit` rows after `after` (the first page when it is null).
    virtual Result<QList<Row>> fetchPage(const Row *after, int limit) = 0;
    const QList<Row> &rows() const { return m_rows; }

private:
    Result<int> readPage(int limit) final
    {
        auto page = fetchPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), limit);
        if (!page)
            return page.error();
        m_page = page.value();
        return int(m_page.size());
    }
    void appendPage() final
    {
        m_rows.append(m_page);
        m_page.clear();
    }
    void clearRows() final
    {
        m_rows.clear();
        m_page.clear();
    }
    int heldRows() const final { return int(m_rows.size()); }

    QList<Row> m_rows;
    QList<Row> m_page;
};

} // namespace linli
