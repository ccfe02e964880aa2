#pragma once

#include <QString>

// Notes that calendar programs wrote as HTML, read as the plain text they mean. Google Calendar
// exports a description edited in its web page as HTML ("<b>Mails</b> bearbeiten<br>…"), and the
// counselor read the tags in the notes.
namespace HtmlNotes {

// Whether the text is HTML a program wrote (it has tags such as <br>, <p>, <b>, <a href>), not
// text that merely has a "<" in it.
bool isMarkup(const QString& text);

// The text a browser shows: white space collapsed as HTML does, a line break for <br> and around
// paragraphs, divisions and list items, "• " before a list item, a link's address after its text
// where the two differ, character references decoded, every other tag left out.
QString toPlainText(const QString& html);

} // namespace HtmlNotes
