// remote/ShellQuote: single-quoting for POSIX sh.
#include "ShellQuote.h"

#include "RemoteHost.h"

namespace xrs::remote {

namespace {
bool isPlainWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.' ||
           u == '/' || u == ':' || u == '=' || u == '@' || u == '%' || u == '+' || u == ',' || u == '-';
}
}  // namespace

QString shellQuote(const QString& value)
{
    if (value.contains(QChar(u'\0')))
        throw RemoteError("a value for the shell contains a NUL character: " + value.left(40).toStdString());
    if (value.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (QChar c : value)
        plain = plain && isPlainWordChar(c);
    // A leading '-' or '=' is still a plain word for sh; callers put "--" before positional values where it matters.
    if (plain)
        return value;
    QString quoted = QStringLiteral("'");
    for (QChar c : value) {
        if (c == u'\'')
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellJoin(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& w : words)
        quoted << shellQuote(w);
    return quoted.join(u' ');
}

}  // namespace xrs::remote
