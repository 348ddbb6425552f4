#include "Statement.h"

#include "CoalitionError.h"

#include <QCoreApplication>
#include <QSqlError>

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw CoalitionError(QCoreApplication::translate("Statement", "Database error: %1 (in %2)")
                                 .arg(m_query.lastError().text(), sql.simplified()));
    }
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

Statement &Statement::bindNullable(const QString &placeholder, const QString &value)
{
    m_query.bindValue(placeholder, value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

Statement &Statement::exec()
{
    if (!m_query.exec()) {
        throw CoalitionError(QCoreApplication::translate("Statement", "Database error: %1 (in %2)")
                                 .arg(m_query.lastError().text(), m_sql.simplified()));
    }
    return *this;
}

QVariant Statement::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}
