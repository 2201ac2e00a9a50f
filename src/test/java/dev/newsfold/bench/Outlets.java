package dev.newsfold.bench;

import java.util.List;

/**
 * Eight invented outlets, each with a fixed set of boilerplate put around every copy it runs:
 * masthead, appeal, newsletter promo, cookie notice, copyright line, a wire-feed note, tags, and a
 * long "about us" block of about 200 words. Some of these lines are caught by the per-document
 * boilerplate rules and some are not (the feed note, parts of the about block): only corpus-level
 * detection, seeing the same text under unrelated stories, can find those.
 */
final class Outlets {
  private Outlets() {}

  /**
   * @param dateStyle how the outlet prints its date line, see {@link CopyRenderer}
   * @param formatWeights relative weights of plain text, Markdown and HTML
   */
  record Outlet(String name, String slug, String domain, String masthead, List<String> sections, int dateStyle,
      boolean capsHeadline, String appeal, String newsletter, String cookie, String copyright, String feedNote,
      String tags, List<String> about, double[] formatWeights) {

    String url(String section, String path) {
      return "https://www." + domain + "/" + section + "/" + path;
    }
  }

  static final List<Outlet> ALL = List.of(
      new Outlet("The Harbour Gazette", "harbourgazette", "harbourgazette.example",
          "The Harbour Gazette | News | Coast & Country", List.of("news", "business", "coast"), 0, true,
          "Independent local reporting costs money. If you value it, please consider supporting The Harbour Gazette"
              + " with a one-off or monthly donation.",
          "Get the Harbour Gazette Morning Tide newsletter: the day's top stories delivered free to your inbox at 7am.",
          "We use cookies to improve your experience on this site. By continuing to browse you agree to our cookie policy.",
          "(c) 2025 Harbour Gazette Media Ltd. All rights reserved.",
          "This story has not been edited by Harbour Gazette staff and is published from a syndicated wire feed.",
          "Tags: news, coast, region",
          List.of("The Harbour Gazette has been printed on the quayside since 1871 and is still owned by the trust that"
                  + " its founding editor set up to keep it independent. Our newsroom of eleven reporters covers the coast"
                  + " from the estuary to the northern headland, and our photographers attend more than four hundred local"
                  + " events every year.",
              "Our reporters follow the editors' code of practice. If you think we have got something wrong, write to the"
                  + " readers' editor at the quayside office or use the corrections form on our website, and we will reply"
                  + " within five working days. Corrections are printed on page two of the weekend edition.",
              "Letters for publication should be no longer than 250 words and must include a full postal address, which"
                  + " will not be printed. We cannot return photographs or manuscripts sent to the newsroom, and we"
                  + " reserve the right to edit letters for length and clarity."),
          new double[] {6, 2, 2}),
      new Outlet("Meridian Daily", "meridiandaily", "meridiandaily.example", null,
          List.of("world", "business", "national"), 1, false,
          "Our journalism is free for everyone. Support our independent journalism with a monthly contribution today.",
          "The Meridian Briefing newsletter: five stories that matter, every weekday at 6:30am. Sign up now.",
          "Meridian Daily uses cookies and similar technologies. Manage your cookie settings or accept all cookies.",
          "© 2025 Meridian Daily Publishing S.A. All rights reserved.",
          "Meridian Daily carries wire copy from several international agencies alongside its own reporting.",
          "Topics: World, Business",
          List.of("Dear readers,",
              "Meridian Daily has no owner who can tell us what to write. Every morning our editors choose the stories"
                  + " they think matter most, and every evening our night desk checks the figures and the names again"
                  + " before the late edition closes. That work takes time, and it takes people who know their beats.",
              "More than forty thousand readers now help to pay for it. If you have read more than three of our articles"
                  + " this month, we hope you will consider joining them. It takes less than a minute, and you can stop"
                  + " whenever you like. Thank you for reading Meridian Daily."),
          new double[] {2, 6, 2}),
      new Outlet("Northfield Post", "northfieldpost", "northfieldpost.example", null,
          List.of("local", "politics", "business"), 2, false,
          "Become a member of the Northfield Post and support quality local journalism from just £4 a month.",
          "Sign up for the Northfield Post evening newsletter and get the day's headlines in your inbox.",
          "This site uses cookies to personalise content and ads. Accept all cookies or change your settings.",
          "Copyright © 2025 Northfield Post Ltd. Reproduction in whole or in part is prohibited.",
          "The Northfield Post is a member of the regional press standards scheme and follows its editors' code.",
          "Filed under: Local, Northfield",
          List.of("The Northfield Post was founded by a group of mill workers in 1902 and has reported on every council"
                  + " election in the borough since. It is published six days a week, and its archive of more than one"
                  + " hundred years of editions is kept at the central library on Cross Street.",
              "We are proud to train young reporters. Each year the Post takes on four trainees from the college on the"
                  + " ring road, and many of them have gone on to work for national titles, broadcasters and agencies"
                  + " across the country and abroad.",
              "To contact the newsdesk, call the main switchboard or visit our office opposite the bus station between"
                  + " nine and five, Monday to Friday. Our reception is closed on bank holidays."),
          new double[] {1, 1, 8}),
      new Outlet("Coastal Chronicle", "coastalchronicle", "coastalchronicle.example",
          "Coastal Chronicle · Home › News › Region", List.of("news", "environment", "economy"), 3, false,
          "Reader support matters: your support keeps the Chronicle independent and its journalism free.",
          "Want the Chronicle in your inbox? Our free weekly newsletter arrives every Friday.",
          "We and our partners use cookies to store and access information on your device. Accept or reject cookies.",
          "© Coastal Chronicle 2025. All rights reserved.",
          "Coastal Chronicle republishes agency reports under licence and does not verify them independently.",
          "Tags: coast, environment",
          List.of("Before you go: the Coastal Chronicle is one of the last independent papers on this stretch of coast.",
              "We send reporters to council meetings, magistrates' courts and harbour board hearings that nobody else"
                  + " covers any more. When the flood barrier failed, we were the first to publish the inspection reports."
                  + " When the ferry route was threatened, our readers filled the public gallery.",
              "None of that happens without readers who pay for it. A contribution of any size helps, and it only takes"
                  + " a minute. Thank you for standing with local reporting on the coast."),
          new double[] {4, 1, 5}),
      new Outlet("The Valley Ledger", "valleyledger", "valleyledger.example", null,
          List.of("news", "farming", "community"), 4, false,
          "Please support the Valley Ledger: make a small donation to keep reporting in the valley alive.",
          "The Ledger Letter newsletter: valley news, markets and events, delivered free every Thursday. Subscribe today.",
          "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
          "© 2025 The Valley Ledger. All rights reserved. No part of this article may be reproduced without permission.",
          "The Valley Ledger is printed in the valley on recycled paper and delivered by local volunteers.",
          "Topics: Valley, Community",
          List.of("The Valley Ledger is a community newspaper owned by its readers through a cooperative set up in 1978."
                  + " Members elect the board at the annual meeting in the village hall, and any resident of the valley can"
                  + " join for the price of a single share.",
              "Our volunteers deliver the printed edition to more than nine thousand homes, farms and shops from the"
                  + " reservoir to the county boundary, and the edition is also read aloud for listeners with sight loss"
                  + " every Friday evening on community radio.",
              "Notices of births, marriages and deaths, lost property and parish events can be left at the post office"
                  + " counter or at the cooperative store in the main square. Notices are free for members."),
          new double[] {2, 7, 1}),
      new Outlet("Capital Wire Review", "capitalwirereview", "capitalwirereview.example", null,
          List.of("markets", "politics", "world"), 5, false,
          "Support independent journalism: become a supporter of Capital Wire Review today.",
          "Get our Markets at the Close newsletter, free to your inbox every evening. Sign up here.",
          "We use cookies to analyse traffic and improve your browsing experience. Accept all or manage preferences.",
          "Copyright 2025 Capital Wire Review. Republication or redistribution of agency content is prohibited.",
          "Capital Wire Review aggregates agency copy; headlines are written by Review editors.",
          "Tags: markets, politics, world",
          List.of("Capital Wire Review is an independent digest of agency reporting, published from a small office"
                  + " near the parliament building. Our editors read several thousand wire items every day and choose the"
                  + " few hundred that matter for readers in government, finance and the diplomatic service.",
              "We do not take money from political parties, lobbying firms or governments, and our editors declare"
                  + " their shareholdings each year. Where an agency report is later corrected, we update our copy and"
                  + " note the change at the foot of the page.",
              "Institutional licences for ministries, embassies and universities are available on request from our"
                  + " licensing desk, with discounts for charities and schools."),
          new double[] {1, 2, 7}),
      new Outlet("The Pinewood Courier", "pinewoodcourier", "pinewoodcourier.example",
          "THE PINEWOOD COURIER - Your town, your news", List.of("news", "sport", "community"), 6, false,
          "A message from The Pinewood Courier: independent local news needs your support to survive.",
          "Sign up to the Courier's daily newsletter and never miss a story from Pinewood and the villages.",
          "This website uses cookies to ensure you get the best experience. Accept cookies.",
          "© 2025 The Pinewood Courier. All rights reserved.",
          "The Pinewood Courier is published by Pinewood Community Media, a not-for-profit company.",
          "Tags: Pinewood, news",
          List.of("Thank you for reading The Pinewood Courier.",
              "For more than sixty years the Courier has been the paper of record for Pinewood and the surrounding"
                  + " villages. Our four reporters sit through parish council meetings, planning hearings and school"
                  + " governors' evenings so that you do not have to, and we print every planning application in full.",
              "Advertising no longer covers the cost of that work. Becoming a member costs less than a cup of coffee a"
                  + " week and keeps a reporter at every meeting. Members also get the weekend puzzle supplement and early"
                  + " access to our archive."),
          new double[] {7, 1, 2}),
      new Outlet("Estuary Times", "estuarytimes", "estuarytimes.example", "Estuary Times > News",
          List.of("news", "business", "environment"), 7, false,
          "We have a small favour to ask. Support our journalism from just £1 a week.",
          "The Estuary Times weekly newsletter is free: get it in your inbox every Sunday morning.",
          "Estuary Times uses cookies to remember your settings. Accept all cookies or reject non-essential cookies.",
          "© 2025 Estuary Times Ltd. All rights reserved. Not for republication.",
          "Estuary Times is an independent title serving the towns and villages on both banks of the estuary.",
          "Tags: estuary, news",
          List.of("About the Estuary Times: the paper began as a single sheet of shipping notices pinned up in the"
                  + " ferry waiting room in 1889, and it still prints the tide tables and the pilot boat rota on its back"
                  + " page every week of the year.",
              "Today a team of nine journalists, two photographers and a cartoonist produces the weekly print edition"
                  + " and the website from the old customs house on the north bank. We cover both banks of the estuary and"
                  + " the island villages, which no other paper visits.",
              "The Estuary Times is printed under contract in the county town and distributed by river boat to the"
                  + " islands on Thursday afternoons, weather permitting. Back issues may be ordered from the front desk."),
          new double[] {3, 3, 4}));
}
