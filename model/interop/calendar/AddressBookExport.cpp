#include "model/interop/calendar/AddressBookExport.h"

#include "model/interop/calendar/ContentLines.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"

#include <QHash>

namespace {

// "Jesús “Chuy” García" -> family "García", given "Jesús “Chuy”". A one-word name
// ("Afshana") is a given name.
QString structuredName(const QString &name)
{
    using ContentLines::escapeText;
    const int split = int(name.lastIndexOf(QLatin1Char(' ')));
    const QString family = split < 0 ? QString() : name.mid(split + 1);
    const QString given = split < 0 ? name : name.left(split);
    return escapeText(family) + QLatin1Char(';') + escapeText(given) + QStringLiteral(";;;");
}

} // namespace

namespace AddressBookExport {

QByteArray contacts(Database &database)
{
    using ContentLines::escapeText;
    using ContentLines::line;
    QHash<QString, Organization> organizations;
    for (const Organization &organization : OrganizationRepository(database).list())
        organizations.insert(organization.id, organization);

    QByteArray out;
    for (const Contact &contact : ContactRepository(database).list()) {
        out += line(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
        out += line(QStringLiteral("VERSION"), QStringLiteral("4.0"));
        out += line(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.id);
        out += line(QStringLiteral("FN"), escapeText(contact.name));
        out += line(QStringLiteral("N"), structuredName(contact.name));
        if (organizations.contains(contact.organizationId)) {
            const Organization &organization = organizations[contact.organizationId];
            out += line(QStringLiteral("ORG"), escapeText(organization.name));
            if (!organization.website.isEmpty())
                out += line(QStringLiteral("URL"), organization.website);
        }
        if (!contact.role.isEmpty())
            out += line(QStringLiteral("TITLE"), escapeText(contact.role));
        if (!contact.email.isEmpty())
            out += line(QStringLiteral("EMAIL"), contact.email);
        if (!contact.phone.isEmpty())
            out += line(QStringLiteral("TEL;VALUE=text"), escapeText(contact.phone));
        if (!contact.notes.isEmpty())
            out += line(QStringLiteral("NOTE"), escapeText(contact.notes));
        if (!contact.tags.isEmpty()) {
            QStringList categories;
            for (const QString &tag : contact.tags)
                categories << escapeText(tag);
            out += line(QStringLiteral("CATEGORIES"), categories.join(QLatin1Char(',')));
        }
        out += line(QStringLiteral("END"), QStringLiteral("VCARD"));
    }
    return out;
}

} // namespace AddressBookExport
