#include "pagedtablemodel.h"

#include <QScopedValueRollback>

namespace linli {

void PagedTableModel::refresh()
{
    QString problem;
    {
        // The first page is read inside the reset, so views never see a half-changed model.
        QScopedValueRollback<bool> resetting(m_resetting, true);
        beginResetModel();
        clearRows();
        auto total = countRows();
        m_total = total ? total.value() : 0;
        m_complete = true;
        if (!total) {
            problem = total.error().message;
        } else if (m_total > 0) {
            auto page = readPage(m_pageSize);
            if (page) {
                appendPage();
                m_complete = page.value() < m_pageSize;
            } else {
                problem = page.error().message;
            }
        }
        if (m_complete)
            m_total = heldRows(); // a list that changed since it was counted says what it holds
        endResetModel();
    }
    if (!problem.isEmpty())
        emit errorOccurred(problem);
    emit totalCountChanged(m_total);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : heldRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing is fetched while a reset or a page is being announced: views would fetch twice.
    return !parent.isValid() && !m_complete && !m_resetting && !m_fetching;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = readPage(m_pageSize);
    if (!page) {
        m_complete = true;
        emit errorOccurred(page.error().message);
        return;
    }
    m_complete = page.value() < m_pageSize;
    if (page.value() > 0) {
        const int first = heldRows();
        beginInsertRows({}, first, first + page.value() - 1);
        appendPage();
        endInsertRows();
    }
    if (m_complete && heldRows() != m_total) {
        m_total = heldRows();
        emit totalCountChanged(m_total);
    }
}

} // namespace linli
