#include "model/storage/Statement.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/StorageError.h"

#include <QSqlError>

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_query(db), m_sql(sql), m_databaseName(db.databaseName())
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail();
}

void Statement::fail() const
{
    const QSqlError error = m_query.lastError();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric && StorageError::isStorageCode(code))
        throw StorageError::forCode(code, m_databaseName, error.databaseText());
    throw StorageError::unexpected(error.text(), m_sql);
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    // Qt binds a null QString (a cleared field) as SQL NULL, which NOT NULL text columns
    // refuse. Here only an invalid QVariant means NULL; text is always text.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Statement &Statement::exec()
{
    if (!m_query.exec())
        fail();
    return *this;
}

QVariant Statement::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}
