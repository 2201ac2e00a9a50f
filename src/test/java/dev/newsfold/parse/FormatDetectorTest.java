package dev.newsfold.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of("sample-input", name));
  }

  @Test
  void htmlSavedAsTxtIsHtml() {
    assertEquals(ArticleFormat.HTML, FormatDetector.detect("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"));
    assertEquals(ArticleFormat.HTML, FormatDetector.detect("page.txt", "\uFEFF\n  <HTML><body>x</body></HTML>"));
    assertEquals(ArticleFormat.HTML, FormatDetector.detect("page.txt", "<div class=\"a\"><p>One.</p><p>Two.</p></div>"));
    assertEquals(ArticleFormat.HTML,
        FormatDetector.detect("page.txt", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\"><body/></html>"));
  }

  @Test
  void htmlWithAPrefixBeforeItsRootIsHtml() {
    String page = "<html><head><title>T</title></head><body><p>One paragraph, with words.</p></body></html>";
    String fragment = "<div class=\"story\"><p>One paragraph.</p><p>Another one.</p></div>";
    for (String prefixed : new String[] {
        "\n\n   \t" + page,
        "\uFEFF" + page,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">\n" + page,
        "<!-- saved from url=(0042)https://news.example/2020/06/07/story -->\n" + page,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nDate: Sun, 07 Jun 2020 10:00:00 GMT\r\n\r\n" + page,
        "HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + fragment,
        "<div id=\"wrapper\">" + page + "</div>",
        "Saved by the crawler on 2020-06-07\n" + page}) {
      assertEquals(ArticleFormat.HTML, FormatDetector.detect("page.txt", prefixed), prefixed);
    }
  }

  @Test
  void proseMentioningATagIsNotHtml() {
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("a.txt", "Write <html> at the top of a page, then the rest."));
  }

  @Test
  void htmlWinsOverMarkdownExtension() {
    assertEquals(ArticleFormat.HTML, FormatDetector.detect("a.md", "<html><body><p>x</p></body></html>"));
  }

  @Test
  void seed001IsMarkdownDespiteTxt() throws IOException {
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("001_f9f9b3f117937358.txt", seed("001_f9f9b3f117937358.txt")));
  }

  @Test
  void seed000IsPlainText() throws IOException {
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("000_6c056e0bb85963ea.txt", seed("000_6c056e0bb85963ea.txt")));
  }

  @Test
  void markdownByExtensionEvenWhenGzipped() {
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("story.md", "Just words."));
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("STORY.MD.gz", "Just words."));
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("story.markdown", "Just words."));
  }

  @Test
  void plainTextStaysText() {
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("a.txt",
        "LISBON, March 12 (Reuters) - Dockworkers walked out.\n\nThe strike continues.\n"));
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("a.html.txt", "<Reuters> said a <b>bold</b> thing."));
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("a.txt", ""));
    assertEquals(ArticleFormat.TEXT, FormatDetector.detect("a.txt", "Prices rose 5% - the most since 2010.\n#1 seller"));
  }

  @Test
  void markdownInTxtIsFoundByItsSyntax() {
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("a.txt", "# A heading\n\nSome text."));
    assertEquals(ArticleFormat.MARKDOWN, FormatDetector.detect("a.txt", "Text with [a link](http://x).\n\n![img](y)\n"));
  }
}
