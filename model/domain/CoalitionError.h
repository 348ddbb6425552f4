#pragma once

#include <QString>
#include <stdexcept>

// An error a user can act on. The message is complete and translated where it is
// raised, so callers show it as it is (one line on stderr, a message box, a banner).
class CoalitionError : public std::runtime_error
{
public:
    explicit CoalitionError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};
