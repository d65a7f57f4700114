"""United States demands, part 2: states, counties and cities (New York, Arizona, Alabama, Rhode Island,
Iowa, Louisiana, Nevada, North Carolina, California, Florida). Sender domains from CISA's .gov list;
people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout12._dates import day_end, expiry
from tests.corpus.blind_holdout12._kit import Message, any_of, make, odt, pdf, scan, served, when


def albany_county_da_grand_jury_html_table() -> Message:
    date = when(2026, 11, 9, 11, 0, 0, -5)
    html = """\
<html><body>
<p><b>OFFICE OF THE ALBANY COUNTY DISTRICT ATTORNEY</b><br>Albany County Judicial Center, 6 Lodge Street, Albany, NY 12207</p>
<p>To the Custodian of Records, Social Example, Inc.:</p>
<p>Served herewith is a Grand Jury Subpoena Duces Tecum issued pursuant to CPL &sect; 610.20. Summary:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>Court</td><td>County Court of the State of New York, County of Albany - Grand Jury</td></tr>
<tr><td>Subpoena No.</td><td>GJ-2026-1187</td></tr>
<tr><td>Account(s)</td><td>@hudsonvalley_kicks ; @kicks_by_tre</td></tr>
<tr><td>Records</td><td>Subscriber name, address, telephone number(s), e-mail address(es), account creation date and IP address at account creation</td></tr>
<tr><td>Appear / produce</td><td>Monday, November 30, 2026 at 9:30 AM, Grand Jury Room 3, Albany County Judicial Center</td></tr>
<tr><td>Offense under investigation</td><td>Scheme to defraud (Penal Law &sect; 190.65)</td></tr>
</table>
<p>Personal appearance is excused if certified records are produced by e-mail before the return date.</p>
<p>Sincerely,<br>Renata Obuya-Castellano<br>Assistant District Attorney, Economic Crimes Bureau<br>(518) 555-0138</p>
</body></html>
"""
    return make(
        "010-albany-county-da-grand-jury-html-table",
        "Albany County (NY) DA's grand jury subpoena duces tecum (CPL 610.20) summarised in an HTML table: "
        "subscriber data of two @handles, appear Monday, November 30, 2026 at 9:30 AM; no gag.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of("CPL § 610.20", "CPL 610.20", None),
            "requester.name": any_of(
                "Albany County District Attorney",
                "Office of the Albany County District Attorney",
                "Albany County District Attorney's Office",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "renata.obuya-castellano@albanycountyny.gov",
            "requester.verified": True,
            "requester.signer": "Renata Obuya-Castellano",
            "requester.signer_title": "Assistant District Attorney",
            "targets": ["hudsonvalley_kicks", "kicks_by_tre"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("Scheme to defraud (Penal Law § 190.65)", "Scheme to defraud", None),
            "served_at": served(date),
            "return_by": "2026-11-30T09:30:00-05:00",
            "case_number": "GJ-2026-1187",
            "issuing_court": any_of(
                "County Court of the State of New York, County of Albany",
                "Albany County Court",
                None,
            ),
        },
        sender="Obuya-Castellano, Renata <renata.obuya-castellano@albanycountyny.gov>",
        subject="Grand Jury Subpoena GJ-2026-1187",
        date=date,
        message_id="<MN2PR14MB3390DA1187@albanycountyny.gov>",
        html=html,
        dkim="albanycountyny.gov",
    )


def mesa_pd_warrant_scan() -> Message:
    date = when(2026, 10, 5, 15, 22, 10, -7)
    page1 = """\
# SUPERIOR COURT OF THE STATE OF ARIZONA
# IN AND FOR THE COUNTY OF MARICOPA
# SEARCH WARRANT

Warrant No. SW2026-011482                       Mesa PD DR# 2026-0917733

THE STATE OF ARIZONA, to any peace officer in the State of Arizona:

Proof by affidavit having been made this day before me by Detective Arturo
Benally-Strickland #21904 of the Mesa Police Department, I am satisfied that
there is probable cause to believe that evidence of the offenses of Sexual
Extortion (A.R.S. 13-1428) and Luring a Minor (A.R.S. 13-3554) is in the
possession of Social Example, Inc.

YOU ARE THEREFORE COMMANDED to search for and seize, from Social Example, Inc.,
for the account @desertrose_480 and any account linked to the telephone number
(480) 555-0126, for the period August 1, 2026 through September 30, 2026:
  a. subscriber information (name, e-mail, telephone, addresses);
  b. all private messages, photographs and videos sent or received;
  c. location information and IP log-in history.

Social Example, Inc. shall produce the records within ten (10) days of service.
"""
    page2 = """\
IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of
this warrant to the subscriber or any other person for a period of ninety (90) days
from the date of this order, as disclosure would jeopardize the investigation.

GIVEN UNDER MY HAND this 2nd day of October, 2026.

/s/ Hon. Lucinda Ortega-Whitfield
Judge of the Superior Court
"""
    text = """\
Attached is a signed search warrant for Social Example. Please send records to me by email.

Det. Arturo Benally-Strickland #21904
Mesa Police Department - Crimes Against Children Unit
(480) 555-0199
"""
    return make(
        "011-mesa-pd-warrant-scan",
        "Mesa (AZ) PD detective serves a Maricopa County Superior Court search warrant as a two-page image-only "
        "scan: subscriber data, private messages and location of an @handle and a phone, Aug-Sep 2026, 10 days, "
        "90-day non-disclosure order.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "A.R.S. 13-3911"),
            "requester.name": any_of("Mesa Police Department", "Mesa PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "arturo.benally-strickland@mesaaz.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lucinda Ortega-Whitfield", "Arturo Benally-Strickland"),
            "requester.signer_title": any_of("Judge of the Superior Court", "Detective", "Det."),
            "targets": any_of(
                ["desertrose_480", "(480) 555-0126"],
                ["desertrose_480", "4805550126"],
                ["desertrose_480", "+14805550126"],
                ["desertrose_480", "480-555-0126"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY", "STORED_CONTENT"],
            "stated_purpose": any_of("Sexual Extortion (A.R.S. 13-1428) and Luring a Minor (A.R.S. 13-3554)", None),
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": day_end("2026-10-15", offset="-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": expiry("2026-12-31", "2026-12-30", offsets=("-07:00",)),
            "case_number": any_of("SW2026-011482", "2026-0917733"),
            "issuing_court": any_of(
                "Superior Court of the State of Arizona in and for the County of Maricopa",
                "Maricopa County Superior Court",
            ),
        },
        sender="Benally-Strickland, Arturo <arturo.benally-strickland@mesaaz.gov>",
        subject="Search Warrant - Social Example - DR 2026-0917733",
        date=date,
        message_id="<20261005152210.MPD.21904@mesaaz.gov>",
        text=text,
        attachments=[
            (scan([page1, page2], skew=-0.6, noise=0.0004, seed=11), "application", "pdf", "SW2026-011482.pdf")
        ],
        dkim="mesaaz.gov",
    )


def birmingham_pd_emergency_abduction() -> Message:
    date = when(2026, 11, 14, 22, 40, 0, -6)
    text = """\
URGENT - EXIGENT CIRCUMSTANCES - CHILD ABDUCTION

Birmingham Police Department, Special Victims Unit, is requesting emergency disclosure under
18 U.S.C. 2702. A 13-year-old girl (name withheld) was taken from the Five Points South area at
approx. 7:15 pm tonight. Her phone was found in the street. Her last messages were with the account
@magiccity_mike205, who told her he would "take her somewhere nobody finds her." An AMBER Alert has
been requested. We believe she is in danger of death or serious bodily injury.

Requested immediately:
 - Subscriber info for @magiccity_mike205 (name, email, phone)
 - IP addresses used in the last 48 hours
 - Any device location data available

Please call me on my cell at (205) 555-0134 to verify. Our watch commander can also be reached at
(205) 555-0100.

Sgt. LaShonda Whitmore-Okafor
Birmingham Police Department - Special Victims Unit
"""
    return make(
        "012-birmingham-pd-emergency-abduction",
        "Birmingham (AL) PD sergeant's late-night emergency request: a 13-year-old abducted; subscriber data, "
        "48 h of IPs and device location of the @handle she last wrote to.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of("18 U.S.C. 2702", "18 U.S.C. § 2702", None),
            "requester.name": any_of("Birmingham Police Department", "Birmingham PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lashonda.whitmore-okafor@birminghamal.gov",
            "requester.verified": True,
            "requester.signer": "LaShonda Whitmore-Okafor",
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": ["magiccity_mike205"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of("child abduction", None),
            "date_range": any_of(None, {"start": "2026-11-12", "end": "2026-11-14"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "13-year-old"},
        },
        sender="Whitmore-Okafor, LaShonda <lashonda.whitmore-okafor@birminghamal.gov>",
        subject="URGENT exigent request - child abduction",
        date=date,
        message_id="<BPD-SVU-20261114-2240@birminghamal.gov>",
        text=text,
        headers=[("X-Priority", "1")],
        dkim="birminghamal.gov",
    )


def providence_pd_preservation_extension_reply() -> Message:
    date = when(2026, 12, 2, 10, 5, 0, -5)
    text = """\
Good morning,

Yes - please extend the preservation for another 90 days under 2703(f)(2). We are still waiting on the
judge for the warrant. Same account as before: seekonk.river.sales@example.com.

Thank you,
Det. Cpl. Matteo Barrington-Sousa
Providence Police Department, Financial Crimes Unit
325 Washington Street, Providence, RI 02903
(401) 555-0155

On Tue, Dec 1, 2026 at 3:12 PM Legal Process <legal-process@dueprocess.local> wrote:
> Detective Barrington-Sousa,
>
> The 90-day preservation we made on September 4, 2026 (our ref. PR-2026-20931) for the account
> seekonk.river.sales@example.com expires on December 3, 2026. If you need the data kept longer,
> please request an extension in writing.
>
> Social Example Legal Process
>
> > On Fri, Sep 4, 2026 at 9:58 AM Matteo Barrington-Sousa <mbarrington-sousa@providenceri.gov> wrote:
> > Please preserve all records for seekonk.river.sales@example.com pursuant to 18 USC 2703(f),
> > catalytic converter theft ring, PPD case 26-44107.
"""
    return make(
        "013-providence-pd-preservation-extension-reply",
        "Providence (RI) PD detective replies on the platform's expiry notice (nested quote) asking for the "
        "90-day § 2703(f)(2) extension of a preservation for an e-mail-address account.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)(2)", "18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Providence Police Department", "Providence PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "mbarrington-sousa@providenceri.gov",
            "requester.verified": True,
            "requester.signer": "Matteo Barrington-Sousa",
            "requester.signer_title": any_of("Det. Cpl.", "Detective Corporal"),
            "targets": ["seekonk.river.sales@example.com"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of("catalytic converter theft ring", None),
            "served_at": served(date),
            "case_number": any_of("26-44107", "PR-2026-20931", None),
        },
        sender="Barrington-Sousa, Matteo <mbarrington-sousa@providenceri.gov>",
        subject="RE: Preservation PR-2026-20931 expiring",
        date=date,
        message_id="<PPD.FCU.20261202.1005@providenceri.gov>",
        text=text,
        headers=[("In-Reply-To", "<pr-2026-20931-expiry@dueprocess.local>")],
        dkim="providenceri.gov",
    )


def linn_county_attorney_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 19, 16, 48, 0, -6)
    text = """\
To whom it may concern at Social Exmaple,

This office represents the State in the below criminal matter set for jury trail. Please see subpoena
text below, the signed copy is on file with the clerk. Records can be emailed to me insted of apperance
if acompanied by a certificate of authenticty.

IN THE IOWA DISTRICT COURT FOR LINN COUNTY
STATE OF IOWA, Plaintiff, vs. DARNELL QUIST-AMUNDSEN, Defendant.     No. FECR158823

SUBPOENA DUCES TECUM (Trial)
TO: Custodian of Records, Social Example Inc.
YOU ARE COMMANDED to appear before the Iowa District Court for Linn County, Linn County Courthouse,
51 3rd Ave Bridge, Cedar Rapids, Iowa, on Dec 8 2026 at 8:30 am to testify in the above case, and to
bring with you: subscriber informaton (name, email, phone, date of creation) and all public posts and
coments made by the acount @cr_eastside_quist between 9/1/2026 and 10/15/2026.

Dated 11/18/2026    Clerk of Court, by: T. Brandvold-Nguyen, Deputy

Thnaks,
Ingrid Ravensworth-Pike
Assistant Linn County Attorney
"""
    return make(
        "014-linn-county-attorney-trial-subpoena-typos",
        "Linn County (Iowa) assistant county attorney's trial subpoena duces tecum typed with typos: subscriber "
        "data and public posts of an @handle 9/1-10/15/2026, appear Dec 8 2026 at 8:30 am.",
        "en",
        "US",
        ("plain_text", "typos"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": None,
            "requester.name": any_of("Linn County Attorney", "Linn County Attorney's Office"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ingrid.ravensworth-pike@linncountyiowa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Ingrid Ravensworth-Pike", "T. Brandvold-Nguyen"),
            "requester.signer_title": any_of("Assistant Linn County Attorney", "Deputy"),
            "targets": ["cr_eastside_quist"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "date_range": {"start": "2026-09-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": "2026-12-08T08:30:00-06:00",
            "case_number": "FECR158823",
            "issuing_court": any_of(
                "Iowa District Court for Linn County", "IN THE IOWA DISTRICT COURT FOR LINN COUNTY"
            ),
        },
        sender="Ravensworth-Pike, Ingrid <ingrid.ravensworth-pike@linncountyiowa.gov>",
        subject="trial subpeona - State v. Quist-Amundsen FECR158823",
        date=date,
        message_id="<LCAO-FECR158823-1119@linncountyiowa.gov>",
        text=text,
        dkim="linncountyiowa.gov",
    )


def jefferson_parish_sheriff_forwarded_warrant() -> Message:
    date = when(2026, 9, 17, 8, 2, 0, -5)
    text = """\
Good morning, forwarding on behalf of Det. Fontenot-Marsalis who is in court today. Please direct the
return to her.

Charmaine Delacroix-Webb
Records & Identification, Jefferson Parish Sheriff's Office

-----Original Message-----
From: Fontenot-Marsalis, Gabrielle <gfontenot-marsalis@jeffparish.gov>
Sent: Wednesday, September 16, 2026 6:47 PM
To: Delacroix-Webb, Charmaine <cdelacroix-webb@jeffparish.gov>
Subject: SW for Social Example - please send to their legal process box

Charmaine - can you send this to Social Example tomorrow AM. Thx. G

        TWENTY-FOURTH JUDICIAL DISTRICT COURT, PARISH OF JEFFERSON, STATE OF LOUISIANA
                                   SEARCH WARRANT
                                  Item No. I-09114-26

TO ANY COMMISSIONED PEACE OFFICER OF THE STATE OF LOUISIANA: Affidavit having been made before me by
Detective Gabrielle Fontenot-Marsalis of the Jefferson Parish Sheriff's Office, and probable cause
having been found pursuant to La. C.Cr.P. art. 161 et seq., you are commanded to obtain from Social
Example, Inc., for the account @metairie_mobb_504, for July 1, 2026 through September 10, 2026:
subscriber information; IP log-in records; and the content of all direct messages, photos and videos.

Social Example, Inc. is directed to produce the records within ten (10) days of service of this
warrant.

Signed in Gretna, Louisiana, this 16th day of September, 2026.
/s/ Judge Raymond P. Theriot-Hale, Division "K"
"""
    return make(
        "015-jefferson-parish-sheriff-forwarded-warrant",
        "Jefferson Parish (LA) Sheriff's records clerk forwards a detective's mail with a 24th JDC search warrant "
        "typed in: subscriber data, IP log-ins and DM content of an @handle, Jul 1-Sep 10 2026, 10 days.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("La. C.Cr.P. art. 161", None),
            "requester.name": any_of("Jefferson Parish Sheriff's Office", "JPSO"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("cdelacroix-webb@jeffparish.gov", "gfontenot-marsalis@jeffparish.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Raymond P. Theriot-Hale", "Gabrielle Fontenot-Marsalis"),
            "requester.signer_title": any_of("Judge", "Detective"),
            "targets": ["metairie_mobb_504"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-07-01", "end": "2026-09-10"},
            "served_at": any_of(served(date), "2026-09-16T18:47:00-05:00"),
            # ten days from 17 September is Sunday 27 September
            "return_by": day_end("2026-09-27", "2026-09-28", offset="-05:00"),
            "case_number": "I-09114-26",
            "issuing_court": any_of(
                "Twenty-Fourth Judicial District Court, Parish of Jefferson, State of Louisiana",
                "24th Judicial District Court",
            ),
        },
        sender="Delacroix-Webb, Charmaine <cdelacroix-webb@jeffparish.gov>",
        subject="FW: SW for Social Example - please send to their legal process box",
        date=date,
        message_id="<JPSO-REC-20260917-0802@jeffparish.gov>",
        text=text,
        dkim="jeffparish.gov",
    )


def lvmpd_warrant_odt() -> Message:
    date = when(2026, 10, 21, 13, 35, 0, -7)
    document = odt(
        [
            "IN THE JUSTICE COURT OF LAS VEGAS TOWNSHIP, COUNTY OF CLARK, STATE OF NEVADA",
            "SEARCH WARRANT  -  LVMPD Event No. LLV261003004512  -  Warrant No. 26SW04418",
            "The State of Nevada, to any peace officer in Clark County: proof by affidavit having been made "
            "before me by Detective Soren Achterberg-Mbeki, P#17733, that there is probable cause to believe "
            "that evidence of robbery with use of a deadly weapon (NRS 200.380) is held by Social Example, Inc.",
            "You are commanded to obtain, for the account @vegas_strip_deals702, for the period September 1, "
            "2026 to October 15, 2026: subscriber information, IP log-in history with timestamps, and all "
            "location history recorded for the account.",
            "Records shall be returned to the affiant on or before November 4, 2026.",
            "It is further ordered that Social Example, Inc. shall not notify the account holder or any other "
            "person of this warrant for one hundred eighty (180) days from the date of this order.",
            "Dated this 20th day of October, 2026.   /s/ Justice of the Peace Harriet Okonkwo-Delgado",
        ],
        heading="SEARCH WARRANT",
    )
    text = """\
Please find the attached search warrant (ODT). Contact me with any questions.

Det. Soren Achterberg-Mbeki P#17733
LVMPD Robbery Section
"""
    return make(
        "016-lvmpd-warrant-odt",
        "Las Vegas Metropolitan PD serves a Las Vegas Justice Court search warrant (.odt): subscriber data, "
        "IP log-ins and location history of an @handle Sep 1-Oct 15 2026, due November 4, 2026; 180-day NDO.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": None,
            "requester.name": any_of("Las Vegas Metropolitan Police Department", "LVMPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "s17733a@lvmpd.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harriet Okonkwo-Delgado", "Soren Achterberg-Mbeki"),
            "requester.signer_title": any_of("Justice of the Peace", "Detective", "Det."),
            "targets": ["vegas_strip_deals702"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of("robbery with use of a deadly weapon (NRS 200.380)", None),
            "date_range": {"start": "2026-09-01", "end": "2026-10-15"},
            "served_at": served(date),
            # Pacific standard time from November 1
            "return_by": day_end("2026-11-04", offset="-08:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": expiry("2027-04-18", "2027-04-17", offsets=("-07:00",)),
            "case_number": any_of("26SW04418", "LLV261003004512"),
            "issuing_court": any_of(
                "Justice Court of Las Vegas Township",
                "Justice Court of Las Vegas Township, County of Clark, State of Nevada",
            ),
        },
        sender="Achterberg-Mbeki, Soren <s17733a@lvmpd.gov>",
        subject="Search Warrant 26SW04418",
        date=date,
        message_id="<LVMPD.26SW04418.1021@lvmpd.gov>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "26SW04418.odt")],
        dkim="lvmpd.gov",
    )


def charlotte_cmpd_2703d_pdf_only() -> Message:
    date = when(2026, 12, 3, 9, 44, 0, -5)
    order = """\
STATE OF NORTH CAROLINA                         IN THE GENERAL COURT OF JUSTICE
COUNTY OF MECKLENBURG                           SUPERIOR COURT DIVISION
                                                File No. 26 CRS 7741-M

IN RE: APPLICATION OF THE STATE FOR AN ORDER PURSUANT TO 18 U.S.C. 2703(d)

                                   ORDER

Upon the application of Detective Yusuf Carrington-Blaylock of the Charlotte-Mecklenburg Police
Department, the Court finds that the State has offered specific and articulable facts showing that
there are reasonable grounds to believe that the records sought are relevant and material to an
ongoing criminal investigation of the discharge of a firearm into occupied property.

IT IS ORDERED that Social Example, Inc. disclose to the Charlotte-Mecklenburg Police Department, within
twenty-one (21) days of service of this Order, for the account @qc_eastland_boyz for the period
October 1, 2026 through November 30, 2026:
   (1) subscriber name, addresses, telephone numbers and e-mail addresses;
   (2) log-in IP addresses with dates and times;
   (3) the account names of persons with whom the account exchanged messages, without content.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. 2705(b), that Social Example, Inc. shall not notify any
person of the existence of this Order for ninety (90) days from the date it is signed.

This the 2nd day of December, 2026.

                                   /s/ Hon. Wendell O. Pettiford-Greaves
                                   Superior Court Judge Presiding
Serve to: legal-process@dueprocess.local
Return to: Det. Y. Carrington-Blaylock, CMPD Homicide/ADW Unit, 601 E. Trade St., Charlotte, NC 28202
"""
    return make(
        "017-charlotte-cmpd-2703d-pdf-only",
        "Charlotte-Mecklenburg PD serves (PDF only, empty body) a Mecklenburg Superior Court § 2703(d) order: "
        "subscriber, log-in IP and correspondent records of an @handle Oct-Nov 2026, 21 days, 90-day NDO.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)"),
            "requester.name": any_of("Charlotte-Mecklenburg Police Department", "CMPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ycarrington-blaylock@charlottenc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Wendell O. Pettiford-Greaves", "Yusuf Carrington-Blaylock"),
            "requester.signer_title": any_of("Superior Court Judge Presiding", "Superior Court Judge", "Detective"),
            "targets": ["qc_eastland_boyz"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("discharge of a firearm into occupied property", None),
            "date_range": {"start": "2026-10-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": day_end("2026-12-24", offset="-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": expiry("2027-03-02", "2027-03-01", offsets=("-05:00",)),
            "case_number": "26 CRS 7741-M",
            "issuing_court": any_of(
                "Mecklenburg County Superior Court",
                "Superior Court Division, Mecklenburg County",
                "General Court of Justice, Superior Court Division, County of Mecklenburg",
            ),
        },
        sender="Carrington-Blaylock, Yusuf <ycarrington-blaylock@charlottenc.gov>",
        subject="Court Order 26 CRS 7741-M",
        date=date,
        message_id="<CMPD-26CRS7741-1203@charlottenc.gov>",
        text="",
        attachments=[(pdf(order), "application", "pdf", "26CRS7741_2703d_Order.pdf")],
        dkim="charlottenc.gov",
    )


def riverside_sheriff_calecpa_warrant_html() -> Message:
    date = when(2026, 9, 28, 11, 17, 0, -7)
    html = """\
<html><body style="font-family:Arial">
<p>Custodian of Records,</p>
<p>Please accept service of the below CalECPA search warrant. The signed warrant and the sealing order are
also uploaded to your portal.</p>
<div style="border:1px solid #999;padding:8px">
<p align="center"><b>SUPERIOR COURT OF CALIFORNIA, COUNTY OF RIVERSIDE<br>SEARCH WARRANT No. RIC-SW-26-30561</b></p>
<p>THE PEOPLE OF THE STATE OF CALIFORNIA, to any sheriff, marshal, or police officer in the County of
Riverside: proof by affidavit having been made before me by Investigator Dolores Hargreave-Tsosie of the
Riverside County Sheriff's Department, that there is probable cause to believe that the property
described herein may be found at Social Example, Inc. (Penal Code &sect;&sect; 1524(a), 1546.1):</p>
<p>For the account <b>@inlandempire_ink</b> for June 1, 2026 through September 20, 2026: subscriber
information; IP addresses used to access the account; the content of all direct messages including
attachments.</p>
<p>The provider shall deliver the records within ten (10) days of service.</p>
<p>Pursuant to Penal Code &sect; 1546.2(b) the court orders that notification to the target be delayed, and
Social Example, Inc. shall not disclose the existence of this warrant for ninety (90) days from the
date of this order.</p>
<p>Signed September 25, 2026, 4:10 p.m. - Hon. Efrain Castellanos-Moody, Judge of the Superior Court</p>
</div>
<p>Inv. Dolores Hargreave-Tsosie<br>Riverside County Sheriff's Department, Central Homicide Unit<br>(951) 555-0177</p>
</body></html>
"""
    return make(
        "018-riverside-sheriff-calecpa-warrant-html",
        "Riverside County Sheriff serves a CalECPA search warrant in an HTML body: subscriber data, IPs and DM "
        "content of an @handle, Jun 1-Sep 20 2026, 10 days, 90-day non-disclosure (Penal Code § 1546.2(b)).",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("Penal Code §§ 1524(a), 1546.1", "Penal Code § 1546.1", "Penal Code § 1524", None),
            "requester.name": any_of(
                "Riverside County Sheriff's Department", "Riverside County Sheriff's Dept.", "Riverside County Sheriff"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dhargreavetsosie@riversidesheriff.gov",
            "requester.verified": True,
            "requester.signer": any_of("Efrain Castellanos-Moody", "Dolores Hargreave-Tsosie"),
            "requester.signer_title": any_of("Judge of the Superior Court", "Investigator", "Inv."),
            "targets": ["inlandempire_ink"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-06-01", "end": "2026-09-20"},
            "served_at": served(date),
            "return_by": day_end("2026-10-08", offset="-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": expiry("2026-12-24", "2026-12-23", offsets=("-08:00",)),
            "case_number": "RIC-SW-26-30561",
            "issuing_court": any_of(
                "Superior Court of California, County of Riverside", "Riverside County Superior Court"
            ),
        },
        sender="Hargreave-Tsosie, Dolores <dhargreavetsosie@riversidesheriff.gov>",
        subject="CalECPA Search Warrant RIC-SW-26-30561",
        date=date,
        message_id="<RSD-CHU-RIC-SW-26-30561@riversidesheriff.gov>",
        html=html,
        dkim="riversidesheriff.gov",
    )


def pinellas_deputy_freemail_emergency() -> Message:
    date = when(2026, 11, 27, 1, 10, 0, -5)
    text = """\
this is Deputy Travis Kowalczyk-Boone with Pinellas County Sheriffs Office, I'm writing from my
personal gmail because our county email is down for maintenance tonight.

We have a 19 yr old male who posted a live video about 30 min ago on @gulfport_grey saying goodbye and
showing pills. Family cant find him. This is an emergency, risk of death. I need the phone number on
the account and the most recent IP address / location for the account ASAP so we can ping it and send
a unit.

my cell is 727-555-0112, call anytime. badge 61893

Dep. T. Kowalczyk-Boone
PCSO District 2
"""
    return make(
        "019-pinellas-deputy-freemail-emergency",
        "A self-described Pinellas County (FL) deputy writes from a free-mail account at night: suicide risk "
        "after a live video; phone number, latest IP and location of an @handle; unverified emergency.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": any_of("Pinellas County Sheriff's Office", "Pinellas County Sheriffs Office", "PCSO"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tkboone.pcso@gmail.com",
            "requester.verified": False,
            "requester.signer": any_of("Travis Kowalczyk-Boone", "T. Kowalczyk-Boone"),
            "requester.signer_title": any_of("Deputy", "Dep."),
            "targets": ["gulfport_grey"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of("risk of death", None),
            "served_at": served(date),
            "emergency": {"narrative_contains": "pills"},
        },
        sender="Travis K <tkboone.pcso@gmail.com>",
        subject="EMERGENCY suicidal male - need info asap",
        date=date,
        message_id="<CAJx7pQ2w8nB1f=Zp@mail.gmail.com>",
        text=text,
    )


MESSAGES = (
    albany_county_da_grand_jury_html_table,
    mesa_pd_warrant_scan,
    birmingham_pd_emergency_abduction,
    providence_pd_preservation_extension_reply,
    linn_county_attorney_trial_subpoena_typos,
    jefferson_parish_sheriff_forwarded_warrant,
    lvmpd_warrant_odt,
    charlotte_cmpd_2703d_pdf_only,
    riverside_sheriff_calecpa_warrant_html,
    pinellas_deputy_freemail_emergency,
)
