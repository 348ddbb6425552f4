#pragma once

#include "model/lists/PagedQueryModel.h"
#include "ui/pages/Page.h"

// A page whose list is a PagedQueryModel (Action items, Organizations, Contacts): its
// export streams the model's rows in the view's order, page by page.
class PagedListPage : public Page
{
    Q_OBJECT

public:
    using Page::Page;

    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override
    {
        return listModel()->forEachRow(withId, write, progress);
    }
    int rowCountForExport() const override { return listModel()->totalCount(); }

protected:
    virtual const PagedQueryModel *listModel() const = 0;
};
