"""United States: state and local senders (real .gov domains from CISA's registry) and their look-alikes."""

from __future__ import annotations

from tests.corpus.blind.kit import (
    BSI,
    LOC,
    NCR,
    PC,
    RTM,
    SC,
    When,
    add,
    any_of,
    build,
    docx,
    emergency,
    forward,
    odt,
    scan,
    textpdf,
)

PLATFORM = "Dueprocess Platform, Inc."
W2705 = "18 U.S.C. § 2705(b)"

# 27 LAPD CalECPA warrant, PDF, NDO 90 days -------------------------------------------------------
w = When("2026-09-02 14:20", "-07:00", zone="America/Los_Angeles")
LAPD = f"""SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
SEARCH WARRANT AND AFFIDAVIT (CalECPA - Penal Code § 1546.1)        Warrant No. 26-LA-SW-3318

THE PEOPLE OF THE STATE OF CALIFORNIA, TO ANY PEACE OFFICER IN THE COUNTY OF LOS ANGELES and to
{PLATFORM}, a service provider:

Proof by affidavit having been made before me by Detective II Carla Whitmore-Ibáñez, LAPD Robbery-
Homicide Division, that there is probable cause to believe that the electronic information described
below constitutes evidence that a felony (murder, Penal Code § 187) has been committed:

YOU ARE THEREFORE COMMANDED to produce the following records associated with the account
@eastside_kingpin_213 for the period 07/15/2026 through 08/31/2026:
  1. Subscriber information, including name, e-mail and phone number;
  2. All private messages sent and received, with attachments;
  3. IP address and login history;
  4. All stored location information (GPS coordinates, check-ins, and location metadata of uploads).

Records shall be delivered within 10 days of service to Det. Whitmore-Ibáñez, RHD, 100 W. 1st Street,
Los Angeles, CA 90012.

ORDER: Pursuant to Penal Code § 1546.2(b) and {W2705}, the service provider shall not notify the
subscriber or any other person of this warrant for 90 days from the date of issuance.

Given under my hand and dated this 1st day of September, 2026.
Hon. Teresa M. Quintanilla, Judge of the Superior Court
"""
add(
    "lapd-calecpa-warrant-pdf",
    "LAPD search warrant under CalECPA (Penal Code § 1546.1), PDF, 90-day delay-of-notice order.",
    build(
        w,
        sender="Carla Whitmore-Ibanez <38455@lapd.gov>",
        subject="Search Warrant 26-LA-SW-3318",
        mid="<rhd-3318-20260902@lapd.gov>",
        dkim="lapd.gov",
        body="""Good afternoon,

Please find attached a signed search warrant for the account named therein. This is a homicide
investigation; please expedite. Contact me directly with any questions.

Det. II Carla Whitmore-Ibáñez #38455
Los Angeles Police Department
Robbery-Homicide Division
Desk (213) 555-0144
""",
        attachments=(textpdf(LAPD, "SW_26-LA-SW-3318.pdf"),),
    ),
    formats=("pdf",),
    process_type="SEARCH_WARRANT",
    statute=any_of("Cal. Penal Code § 1546.1", "Penal Code § 1546.1", None),
    requester__name=any_of("Los Angeles Police Department", "LAPD"),
    requester__kind="STATE_LOCAL",
    requester__email="38455@lapd.gov",
    requester__verified=True,
    requester__signer=any_of("Carla Whitmore-Ibáñez", "Teresa M. Quintanilla"),
    requester__signer_title=any_of("Detective II", "Det. II", "Judge of the Superior Court"),
    targets=["eastside_kingpin_213"],
    data_categories=[BSI, SC, NCR, LOC],
    stated_purpose=any_of("murder", None),
    date_range={"start": "2026-07-15", "end": "2026-08-31"},
    served_at=w.iso,
    return_by=w.day("2026-09-12"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2026-11-30"),
    case_number="26-LA-SW-3318",
    issuing_court=any_of("Superior Court of California, County of Los Angeles", "Los Angeles Superior Court"),
)

# 28 Alameda County Sheriff preservation -----------------------------------------------------------
w = When("2026-09-04 10:05", "-07:00")
add(
    "alameda-sheriff-preservation",
    "Alameda County Sheriff's Office preservation letter under § 2703(f) with a profile URL; asks not to tell the user (letter).",
    build(
        w,
        sender="Sgt. Devon Achterberg <dachterberg@alamedasheriff.gov>",
        subject="Preservation Letter - ACSO Case 26-011873",
        mid="<acso-26-011873-pres@alamedasheriff.gov>",
        dkim="alamedasheriff.gov",
        body="""To the Custodian of Records:

The Alameda County Sheriff's Office is investigating a series of residential burglaries. Pursuant to
Title 18 U.S.C. Section 2703(f), we request that you preserve, for a period of 90 days, all records
and information associated with the following profile, including subscriber data, IP logs, messages,
photos and location data, pending service of a search warrant:

    https://dueprocess-platform.example/u/oakland.finds.resale

Please do not disclose this request to the account holder, as doing so could jeopardize the
investigation.

Sgt. Devon Achterberg
Alameda County Sheriff's Office - Investigations Unit
15001 Foothill Blvd, San Leandro CA 94578
510-555-0102
""",
    ),
    formats=("text",),
    process_type="PRESERVATION_REQUEST",
    statute="18 U.S.C. § 2703(f)",
    requester__name=any_of("Alameda County Sheriff's Office", "ACSO"),
    requester__kind="STATE_LOCAL",
    requester__email="dachterberg@alamedasheriff.gov",
    requester__verified=True,
    requester__signer="Devon Achterberg",
    requester__signer_title=any_of("Sgt.", "Sergeant"),
    targets=any_of(["oakland.finds.resale"], ["https://dueprocess-platform.example/u/oakland.finds.resale"]),
    data_categories=[BSI, NCR, SC, LOC],
    stated_purpose=any_of("residential burglaries", None),
    served_at=w.iso,
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number="26-011873",
)

# 29 El Dorado DA search warrant, scanned --------------------------------------------------------
w = When("2026-09-09 16:55", "-07:00")
EDSW = f"""COUNTY OF EL DORADO - SUPERIOR COURT OF CALIFORNIA
SEARCH WARRANT No. SW26-0412

The People of the State of California to any peace officer in the County of El Dorado:
Proof by affidavit, under penalty of perjury, having been made this day by Investigator Gareth
Lindahl of the El Dorado County District Attorney's Office, I find probable cause for the issuance
of this search warrant for the following electronic communication information held by
{PLATFORM}:

Account: "tahoe_sunrise_rentals"  (e-mail on file believed to be tahoe.rentals@example.com)

Records: subscriber information; all messages and chats with other users including content;
IP address history; for 01/01/2026 through 08/31/2026.

Said property relates to the crimes of grand theft and rental fraud (Penal Code §§ 487, 532).

Provider shall produce the records within fourteen (14) days of service.

Given under my hand this 9th day of September, 2026, at 3:40 P.M.
Hon. Warren J. Beckett, Judge of the Superior Court
"""
add(
    "eldorado-da-warrant-scan",
    "El Dorado County DA investigator serves a state search warrant as an image-only scan; the cover mail names the warrant number.",
    build(
        w,
        sender="Gareth Lindahl <gareth.lindahl@eldoradoda.gov>",
        subject="SW26-0412 - service of search warrant",
        mid="<sw26-0412@eldoradoda.gov>",
        dkim="eldoradoda.gov",
        body="""Hi,

Scanned search warrant SW26-0412 attached. Please send returns to me.

Gareth Lindahl
Investigator
El Dorado County District Attorney's Office
778 Pacific St, Placerville, CA 95667
""",
        attachments=(scan(EDSW, "SW26-0412.pdf", seed=21, tilt=0.7),),
    ),
    formats=("scan",),
    process_type="SEARCH_WARRANT",
    statute=None,
    requester__name=any_of("El Dorado County District Attorney's Office", "El Dorado County District Attorney"),
    requester__kind="STATE_LOCAL",
    requester__email="gareth.lindahl@eldoradoda.gov",
    requester__verified=True,
    requester__signer=any_of("Gareth Lindahl", "Warren J. Beckett"),
    requester__signer_title=any_of("Investigator", "Judge of the Superior Court"),
    targets=any_of(["tahoe_sunrise_rentals"], ["tahoe_sunrise_rentals", "tahoe.rentals@example.com"]),
    data_categories=[BSI, SC, NCR],
    stated_purpose=any_of("grand theft and rental fraud", None),
    date_range={"start": "2026-01-01", "end": "2026-08-31"},
    served_at=w.iso,
    return_by=w.day("2026-09-23"),
    case_number="SW26-0412",
    issuing_court=any_of("Superior Court of California, County of El Dorado", "El Dorado County Superior Court"),
)

# 30 Denver DA grand jury subpoena, docx -----------------------------------------------------------
w = When("2026-09-14 09:48", "-06:00")
add(
    "denver-da-grand-jury-docx",
    "Denver District Attorney: Colorado state grand jury subpoena duces tecum as .docx, '21st day' date style.",
    build(
        w,
        sender="Office of the District Attorney - Grand Jury Unit <gjunit@denverda.gov>",
        subject="Grand Jury Subpoena Duces Tecum - 2026 GJ 14 - Dueprocess Platform",
        mid="<gj-2026-14-0093@denverda.gov>",
        dkim="denverda.gov",
        body="""Attached please find a Subpoena Duces Tecum issued by the 2026 Denver County Grand Jury.
Compliance may be made by producing the records with a sworn custodian affidavit. Grand jury matters
are secret under Crim. P. 6.2; we ask that you not disclose this subpoena.

Marisa Ketteridge
Chief Deputy District Attorney
Second Judicial District
""",
        attachments=(
            docx(
                [
                    "DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO",
                    "THE PEOPLE OF THE STATE OF COLORADO - 2026 DENVER COUNTY GRAND JURY - Case No. 2026 GJ 14",
                    "SUBPOENA DUCES TECUM (Grand Jury) - Subpoena No. 0093",
                    f"TO: {PLATFORM}, Custodian of Records",
                    "YOU ARE COMMANDED to appear before the Denver County Grand Jury, 520 W. Colfax Ave., Denver, "
                    "on the 21st day of October, 2026 at 9:00 a.m., and to bring with you:",
                    "Subscriber records for the account motorcity_mike and the account mike.r.denver: name, "
                    "address, e-mail, telephone number, date of account creation, and all login IP addresses "
                    "with dates and times for the period of 5/1/2026 through 8/31/2026.",
                    "Appearance is excused if the records are delivered with a completed custodian affidavit "
                    "before the return date.",
                    "Issued this 11th day of September, 2026. Marisa Ketteridge, Chief Deputy District "
                    "Attorney, Reg. No. 41187, for Beth McCann, District Attorney.",
                ],
                "GJ_SDT_0093.docx",
            ),
        ),
    ),
    formats=("docx",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of(
        "Denver District Attorney",
        "Denver District Attorney's Office",
        "Office of the District Attorney, Second Judicial District",
    ),
    requester__kind="STATE_LOCAL",
    requester__email="gjunit@denverda.gov",
    requester__verified=True,
    requester__signer="Marisa Ketteridge",
    requester__signer_title="Chief Deputy District Attorney",
    targets=["motorcity_mike", "mike.r.denver"],
    data_categories=[BSI, NCR],
    date_range={"start": "2026-05-01", "end": "2026-08-31"},
    served_at=w.iso,
    return_by=w.day("2026-10-21", "09:00"),
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number=any_of("2026 GJ 14", "0093"),
    issuing_court=any_of("District Court, City and County of Denver, Colorado", "Denver District Court"),
)

# 31 Arapahoe County emergency, missing juvenile -------------------------------------------------
w = When("2026-09-18 22:31", "-06:00")
add(
    "arapahoe-sheriff-emergency-missing-child",
    "Arapahoe County Sheriff emergency disclosure request: missing 13-year-old believed with an adult met online.",
    build(
        w,
        sender="ACSO Dispatch Supervisor <emergency.requests@arapahoesheriff.gov>",
        subject="EMERGENCY - Missing Juvenile - Exigent Request",
        mid="<acso-exigent-26-44120@arapahoesheriff.gov>",
        dkim="arapahoesheriff.gov",
        body="""Exigent / Emergency Disclosure Request (18 USC 2702(c)(4))

Agency: Arapahoe County Sheriff's Office, Centennial, CO
Case #: 26-44120
Requesting Deputy: Dep. Kalani Brightwater, Cell 720-555-0161

A 13-year-old female has been missing since 1500 hours today. Her parents found messages on her tablet
from the account "ghost.rider.1999" arranging to meet her and travel out of state. We believe she is
with an adult male and in danger of serious bodily harm/sexual assault.

We request: the registered name, e-mail and phone number of ghost.rider.1999; the IP addresses used
in the last 72 hours; and any location data. Also the direct messages between ghost.rider.1999 and
the account "lilyy.paints".

Deputy Kalani Brightwater #2231
Arapahoe County Sheriff's Office
""",
    ),
    formats=("text",),
    process_type="EMERGENCY_REQUEST",
    statute=any_of("18 U.S.C. § 2702(c)(4)", None),
    requester__name="Arapahoe County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="emergency.requests@arapahoesheriff.gov",
    requester__verified=True,
    requester__signer="Kalani Brightwater",
    requester__signer_title=any_of("Deputy", "Dep."),
    targets=any_of(["ghost.rider.1999"], ["ghost.rider.1999", "lilyy.paints"]),
    data_categories=[BSI, NCR, LOC, SC],
    served_at=w.iso,
    case_number="26-44120",
    emergency=emergency("13-year-old female has been missing"),
)

# 32 Cook County Sheriff warrant, HTML table -------------------------------------------------------
w = When("2026-09-21 11:30", "-05:00")
add(
    "cook-county-sheriff-warrant-html-table",
    "Cook County Sheriff's Office serves a Circuit Court of Cook County search warrant; the particulars are in an HTML table.",
    build(
        w,
        sender="CCSO Cyber Crimes <ccso.cybercrimes@cookcountysheriffil.gov>",
        subject="Search Warrant 2026-SW-11872 (Circuit Court of Cook County)",
        mid="<ccso-2026SW11872@cookcountysheriffil.gov>",
        dkim="cookcountysheriffil.gov",
        html=f"""<p>To the Custodian of Records of {PLATFORM}:</p>
<p>Please accept service of the below-described <b>search warrant</b>, signed by a judge of the Circuit
Court of Cook County, Illinois (725 ILCS 5/108-3). The signed warrant image is available on request.</p>
<table border="1" style="border-collapse:collapse">
<tr><th align="left">Warrant No.</th><td>2026-SW-11872</td></tr>
<tr><th align="left">Issuing Judge</th><td>Hon. Lorraine V. Mbeki, Circuit Court of Cook County</td></tr>
<tr><th align="left">Target account(s)</th><td>@sw_side_plugg773<br>@773plugg.backup</td></tr>
<tr><th align="left">Items to be seized</th><td>Subscriber info; IP logs; all direct messages and
media (sent/received/deleted); all location data</td></tr>
<tr><th align="left">Date range</th><td>2026-06-01 to 2026-09-15</td></tr>
<tr><th align="left">Offense</th><td>Unlawful use of weapons; armed robbery</td></tr>
<tr><th align="left">Return to</th><td>Inv. Shauna Pellegrini, CCSO Cyber Crimes Unit</td></tr>
<tr><th align="left">Due</th><td>10/05/2026</td></tr>
</table>
<p>Inv. Shauna Pellegrini #817<br>Cook County Sheriff's Office<br>Cyber Crimes Unit</p>""",
    ),
    formats=("html", "html-table"),
    process_type="SEARCH_WARRANT",
    statute=any_of("725 ILCS 5/108-3", None),
    requester__name="Cook County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="ccso.cybercrimes@cookcountysheriffil.gov",
    requester__verified=True,
    requester__signer="Shauna Pellegrini",
    requester__signer_title=any_of("Investigator", "Inv."),
    targets=["sw_side_plugg773", "773plugg.backup"],
    data_categories=[BSI, NCR, SC, LOC],
    stated_purpose=any_of("armed robbery", None),
    date_range={"start": "2026-06-01", "end": "2026-09-15"},
    served_at=w.iso,
    return_by=w.day("2026-10-05"),
    case_number="2026-SW-11872",
    issuing_court="Circuit Court of Cook County",
)

# 33 Illinois AG CID -------------------------------------------------------------------------------
w = When("2026-09-23 15:02", "-05:00")
add(
    "illinois-ag-cid",
    "Illinois Attorney General civil investigative demand under the Consumer Fraud Act (815 ILCS 505/3).",
    build(
        w,
        sender="Consumer Fraud Bureau <cfb.cid@ilag.illinoisattorneygeneral.gov>",
        subject="Civil Investigative Demand - Ref. 2026-CFB-0734",
        mid="<2026-CFB-0734@illinoisattorneygeneral.gov>",
        dkim="illinoisattorneygeneral.gov",
        body=f"""OFFICE OF THE ILLINOIS ATTORNEY GENERAL
Consumer Fraud Bureau
115 S. LaSalle Street, Chicago, Illinois 60603

CIVIL INVESTIGATIVE DEMAND
Issued pursuant to Section 3 of the Consumer Fraud and Deceptive Business Practices Act, 815 ILCS 505/3

TO: {PLATFORM}

The Attorney General believes that a person has engaged in a practice declared unlawful by the Act
in connection with the sale of event tickets that were never delivered to Illinois consumers. You are
required to produce, on or before October 23, 2026, the following documents relating to the accounts
"windycity_tix_official" and "chitownticketdeals":

1. Documents sufficient to identify the account holders: names, addresses, e-mail addresses, telephone
   numbers, and payment methods on file;
2. Dates of account creation and closure.

Time period: January 1, 2026 to the present.

Dated: September 23, 2026
KWAME RAOUL, Attorney General of Illinois
By: Joanna Prendergast-Cho, Assistant Attorney General, Consumer Fraud Bureau
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of(
        "815 ILCS 505/3", "Section 3 of the Consumer Fraud and Deceptive Business Practices Act, 815 ILCS 505/3"
    ),
    requester__name=any_of("Illinois Attorney General", "Office of the Illinois Attorney General"),
    requester__kind="STATE_LOCAL",
    requester__email="cfb.cid@ilag.illinoisattorneygeneral.gov",
    requester__verified=True,
    requester__signer="Joanna Prendergast-Cho",
    requester__signer_title="Assistant Attorney General",
    targets=["windycity_tix_official", "chitownticketdeals"],
    data_categories=[BSI],
    stated_purpose="sale of event tickets",
    date_range=any_of({"start": "2026-01-01", "end": "2026-09-23"}, {"start": "2026-01-01", "end": None}),
    served_at=w.iso,
    return_by=w.day("2026-10-23"),
    case_number="2026-CFB-0734",
)

# 34 Texas AG CID (HTML) ----------------------------------------------------------------------------
w = When("2026-09-28 08:15", "-05:00")
add(
    "texas-ag-cid-html",
    "Texas Attorney General civil investigative demand (DTPA, Tex. Bus. & Com. Code § 17.61) in HTML with a letterhead.",
    build(
        w,
        sender="Consumer Protection Division <cpd.cid@texasattorneygeneral.gov>",
        subject="CID No. CPD-26-1187 - Dueprocess Platform, Inc.",
        mid="<CPD-26-1187@texasattorneygeneral.gov>",
        dkim="texasattorneygeneral.gov",
        html=f"""<div style="font-family:Times New Roman">
<p align="center"><b>OFFICE OF THE ATTORNEY GENERAL OF TEXAS</b><br>Consumer Protection Division<br>
P.O. Box 12548, Austin, Texas 78711</p>
<p>September 28, 2026</p>
<p>VIA ELECTRONIC MAIL<br>{PLATFORM}<br>Attn: Legal Department</p>
<p><b>Re: Civil Investigative Demand No. CPD-26-1187</b></p>
<p>Pursuant to Section 17.61 of the Texas Deceptive Trade Practices-Consumer Protection Act, Tex. Bus.
&amp; Com. Code &sect; 17.61, the Consumer Protection Division hereby demands that you produce the
documentary material described below. The Division is investigating possible false, misleading or
deceptive acts relating to the marketing of unlicensed weight-loss injections to Texas consumers.</p>
<ol><li>Documents sufficient to show the name, address, e-mail address, phone number and payment
information for the accounts <i>@glp_glow_texas</i> and <i>@slimshot.houston</i>;</li>
<li>All public posts and advertisements published by those accounts between March 1, 2026 and
September 1, 2026.</li></ol>
<p>The material shall be produced on or before <b>October 19, 2026</b> at 10:00 a.m. CT.</p>
<p>Sincerely,<br>Cordelia M. Haskins<br>Assistant Attorney General<br>Consumer Protection Division</p>
</div>""",
    ),
    formats=("html",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of("Tex. Bus. & Com. Code § 17.61", "Section 17.61"),
    requester__name=any_of(
        "Office of the Attorney General of Texas", "Texas Attorney General", "Consumer Protection Division"
    ),
    requester__kind="STATE_LOCAL",
    requester__email="cpd.cid@texasattorneygeneral.gov",
    requester__verified=True,
    requester__signer="Cordelia M. Haskins",
    requester__signer_title="Assistant Attorney General",
    targets=["glp_glow_texas", "slimshot.houston"],
    data_categories=[BSI, PC],
    stated_purpose="unlicensed weight-loss injections",
    date_range={"start": "2026-03-01", "end": "2026-09-01"},
    served_at=w.iso,
    return_by=w.day("2026-10-19", "10:00"),
    case_number="CPD-26-1187",
)

# 35 Dallas PD, forwarded by supervisor within the department -----------------------------------
w_orig = When("2026-09-30 13:12", "-05:00")
w = When("2026-09-30 16:47", "-05:00")
ORIG = """Detective Ruiz,

Here is the signed grand jury subpoena from the Dallas County DA for the account. Please get it to
the provider.

THE STATE OF TEXAS
GRAND JURY SUBPOENA DUCES TECUM - 204th Grand Jury, Dallas County
Cause/GJ No. F26-55104
TO: Custodian of Records, Dueprocess Platform, Inc.
You are commanded to appear before the Grand Jury of Dallas County on 10/21/2026 at 9:00 AM and bring
the following: subscriber information, including name, phone number, e-mail address, and IP address
log (login history) for the account user "bigd_autoparts_214" from 01/01/2026 to 09/30/2026.
Issued: 09/29/2026, by ADA Leticia Okonkwo, Dallas County District Attorney's Office.

Sgt. Brent Halvorsen
Dallas Police Department - Auto Theft Unit"""
add(
    "dallas-pd-forwarded-gj-subpoena",
    "Dallas PD detective forwards (within dallaspolice.gov) a Dallas County grand jury subpoena his sergeant sent him.",
    build(
        w,
        sender='"Ruiz, Alejandro" <alejandro.ruiz@dallaspolice.gov>',
        subject="FW: GJ subpoena - bigd_autoparts_214",
        mid="<dpd-fw-F26-55104@dallaspolice.gov>",
        dkim="dallaspolice.gov",
        body=forward(
            "Please see the subpoena below for service. Send the return to me.\n\n"
            "Det. Alejandro Ruiz #10442\nDallas Police Department | Auto Theft Unit\n1400 S. Lamar St., Dallas TX 75215\n"
            "O: 214-555-0117",
            sender="Halvorsen, Brent <brent.halvorsen@dallaspolice.gov>",
            when=w_orig,
            subject="GJ subpoena - bigd_autoparts_214",
            to="Ruiz, Alejandro <alejandro.ruiz@dallaspolice.gov>",
            body=ORIG,
            style="outlook",
        ),
    ),
    formats=("text", "forwarded"),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of("Dallas Police Department", "Dallas County District Attorney's Office"),
    requester__kind="STATE_LOCAL",
    requester__email=any_of("alejandro.ruiz@dallaspolice.gov", "brent.halvorsen@dallaspolice.gov"),
    requester__verified=True,
    requester__signer=any_of("Alejandro Ruiz", "Leticia Okonkwo", "Brent Halvorsen"),
    requester__signer_title=any_of("Detective", "Det.", "ADA", "Sgt."),
    targets=["bigd_autoparts_214"],
    data_categories=[BSI, NCR],
    date_range={"start": "2026-01-01", "end": "2026-09-30"},
    served_at=any_of(w_orig.iso, w.iso),
    return_by=w.day("2026-10-21", "09:00"),
    case_number="F26-55104",
    issuing_court=any_of("204th Grand Jury, Dallas County", None),
)

# 36 Cuyahoga County prosecutor grand jury, PDF ---------------------------------------------------
w = When("2026-10-01 12:40", "-04:00", zone="America/New_York")
CUY = f"""THE STATE OF OHIO, CUYAHOGA COUNTY
COURT OF COMMON PLEAS
SUBPOENA DUCES TECUM - GRAND JURY         GJ No. 2026-GJ-3391

TO: {PLATFORM}, Keeper of Records

You are hereby commanded to appear before the Grand Jury of Cuyahoga County, Justice Center, 1200
Ontario Street, Cleveland, Ohio 44113, on 11/04/2026 at 9:00 a.m., and bring with you:

Basic subscriber information (name, address, phone, e-mail, account creation date and IP), and
all IP addresses used to access the accounts identified by the following e-mail addresses, for
the period 04/01/2026 - 09/30/2026:
  - cle.sneakerhead@example.com
  - buckeye.resells@example.org

Do not disclose the existence of this subpoena. Disclosure may impede a criminal investigation.

Requested by: Assistant Prosecuting Attorney Graham Teodorescu, Cuyahoga County Prosecutor's Office
"""
add(
    "cuyahoga-prosecutor-gj-pdf",
    "Cuyahoga County Prosecutor's grand jury subpoena (PDF) targeting two e-mail addresses; secrecy asked in the document only.",
    build(
        w,
        sender="Graham Teodorescu <gteodorescu@cuyahogaprosecutor.gov>",
        subject="Grand Jury Subpoena 2026-GJ-3391",
        mid="<2026-GJ-3391@cuyahogaprosecutor.gov>",
        dkim="cuyahogaprosecutor.gov",
        body="See attached. Email production accepted.\n\nGraham Teodorescu\nAssistant Prosecuting Attorney\nCuyahoga County Prosecutor's Office\n",
        attachments=(textpdf(CUY, "2026-GJ-3391.pdf"),),
    ),
    formats=("pdf",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of("Cuyahoga County Prosecutor's Office", "Cuyahoga County Prosecutor"),
    requester__kind="STATE_LOCAL",
    requester__email="gteodorescu@cuyahogaprosecutor.gov",
    requester__verified=True,
    requester__signer="Graham Teodorescu",
    requester__signer_title="Assistant Prosecuting Attorney",
    targets=["cle.sneakerhead@example.com", "buckeye.resells@example.org"],
    data_categories=[BSI, NCR],
    date_range={"start": "2026-04-01", "end": "2026-09-30"},
    served_at=w.iso,
    return_by=w.day("2026-11-04", "09:00"),
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number=any_of("2026-GJ-3391", "GJ No. 2026-GJ-3391"),
    issuing_court=any_of("Court of Common Pleas, Cuyahoga County", "Cuyahoga County Court of Common Pleas"),
)

# 37 Ohio BCI search warrant, .odt ----------------------------------------------------------------
w = When("2026-10-05 10:10", "-04:00")
add(
    "ohio-bci-warrant-odt",
    "Ohio Attorney General's Bureau of Criminal Investigation (BCI) search warrant as an OpenDocument (.odt); NDO until further order.",
    build(
        w,
        sender="SA Rosalind Featherstone <rosalind.featherstone@ohioattorneygeneral.gov>",
        subject="BCI search warrant - Franklin County Municipal Court - 2026 SW 4410",
        mid="<bci-2026SW4410@ohioattorneygeneral.gov>",
        dkim="ohioattorneygeneral.gov",
        body="""Attached is a search warrant (ODT format, our office's standard) with the judge's non-disclosure
order. PDF available on request.

Rosalind Featherstone
Special Agent, Cyber Crimes Unit
Ohio Bureau of Criminal Investigation
Office of the Ohio Attorney General
""",
        attachments=(
            odt(
                [
                    "IN THE FRANKLIN COUNTY MUNICIPAL COURT, COLUMBUS, OHIO",
                    "SEARCH WARRANT   Case No. 2026 SW 4410",
                    "STATE OF OHIO, FRANKLIN COUNTY, ss:",
                    f"To any law enforcement officer of this state, and to {PLATFORM}:",
                    "Whereas there has been filed with me an affidavit by Special Agent Rosalind Featherstone "
                    "of the Ohio Bureau of Criminal Investigation, you are commanded to search the records "
                    "of the account @ohio_teen_modeling_scout and produce: all content of the account "
                    "including private messages, images and videos; subscriber information; IP logs; and "
                    "device information, for the period 02/01/2026 through 10/01/2026.",
                    "The offense under investigation is pandering sexually oriented matter involving a minor "
                    "(R.C. 2907.322).",
                    "The provider shall deliver the records within ten (10) days.",
                    "NON-DISCLOSURE ORDER: Pursuant to 18 U.S.C. 2705(b), the provider shall not disclose the "
                    "existence of this warrant to the account holder or any other person until further order "
                    "of this Court.",
                    "Issued October 2, 2026 at 4:12 p.m.  Judge Harland P. Osei",
                ],
                "2026SW4410.odt",
            ),
        ),
    ),
    formats=("odt",),
    process_type="SEARCH_WARRANT",
    statute=None,
    requester__name=any_of("Ohio Bureau of Criminal Investigation", "Ohio Attorney General", "BCI"),
    requester__kind="STATE_LOCAL",
    requester__email="rosalind.featherstone@ohioattorneygeneral.gov",
    requester__verified=True,
    requester__signer=any_of("Rosalind Featherstone", "Harland P. Osei"),
    requester__signer_title=any_of("Special Agent", "Judge"),
    targets=["ohio_teen_modeling_scout"],
    data_categories=[SC, BSI, NCR],
    stated_purpose=any_of("pandering sexually oriented matter involving a minor", None),
    date_range={"start": "2026-02-01", "end": "2026-10-01"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-12"), w.day("2026-10-15")),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    case_number="2026 SW 4410",
    issuing_court="Franklin County Municipal Court",
)

# 38 Blount County TN warrant, scanned -------------------------------------------------------------
w = When("2026-10-08 14:03", "-04:00")
BLT = f"""STATE OF TENNESSEE
COUNTY OF BLOUNT

SEARCH WARRANT FOR ELECTRONIC RECORDS

TO ANY LAWFUL OFFICER OF THE STATE OF TENNESSEE AND TO: {PLATFORM}

Proof by affidavit having been made before me by Investigator Casey Vanderhoef of the Blount County
Sheriff's Office, you are hereby commanded to make immediate search of the records maintained by
{PLATFORM} for the account with the phone number 865-555-0137 and username "smokymtn_ryder",
and to seize: subscriber information, IP logs, all messages (content), and location history,
from August 1, 2026 through October 7, 2026.

Records must be produced no later than October 22, 2026.

The offense: Aggravated stalking, T.C.A. 39-17-315.

Issued this 7th day of October, 2026, at 11:20 o'clock a.m.

Judge, Blount County General Sessions Court, Division II
Hon. Rebecca F. Tillery
"""
add(
    "blount-county-tn-warrant-scan",
    "Blount County (TN) Sheriff's investigator sends a scanned state search warrant (image-only PDF); the e-mail text adds nothing decisive.",
    build(
        w,
        sender="Inv. Casey Vanderhoef <cvanderhoef@blountsherifftn.gov>",
        subject="search warrant",
        mid="<bcso-sw-1007-vanderhoef@blountsherifftn.gov>",
        dkim="blountsherifftn.gov",
        body="Please see attached.\n\nInv. Casey Vanderhoef\nBlount County Sheriff's Office\nCriminal Investigations Division\n940 E. Lamar Alexander Pkwy, Maryville, TN 37804\n",
        attachments=(scan(BLT, "scan0007.pdf", seed=37, font="dejavu/DejaVuSans.ttf", tilt=-0.5),),
    ),
    formats=("scan",),
    process_type="SEARCH_WARRANT",
    statute=None,
    requester__name="Blount County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="cvanderhoef@blountsherifftn.gov",
    requester__verified=True,
    requester__signer=any_of("Casey Vanderhoef", "Rebecca F. Tillery"),
    requester__signer_title=any_of("Investigator", "Inv.", "Judge"),
    targets=any_of(
        ["865-555-0137", "smokymtn_ryder"],
        ["+18655550137", "smokymtn_ryder"],
        ["8655550137", "smokymtn_ryder"],
        ["smokymtn_ryder"],
    ),
    data_categories=[BSI, NCR, SC, LOC],
    stated_purpose=any_of("aggravated stalking", None),
    date_range={"start": "2026-08-01", "end": "2026-10-07"},
    served_at=w.iso,
    return_by=w.day("2026-10-22"),
    issuing_court=any_of("Blount County General Sessions Court, Division II", "Blount County General Sessions Court"),
)

# 39 Clark County NV DA grand jury --------------------------------------------------------------
w = When("2026-10-12 09:00", "-07:00", zone="America/Los_Angeles")
add(
    "clark-county-da-gj-subpoena",
    "Clark County (NV) District Attorney grand jury subpoena duces tecum in the body, ALL CAPS caption, NRS 172.",
    build(
        w,
        sender="Investigations <da.investigations@clarkcountydanv.gov>",
        subject="SUBPOENA DUCES TECUM - GJ 26AGJ091X",
        mid="<26AGJ091X@clarkcountydanv.gov>",
        dkim="clarkcountydanv.gov",
        body=f"""DISTRICT COURT
CLARK COUNTY, NEVADA

THE STATE OF NEVADA,
            Plaintiff,
vs.                                   GRAND JURY NO. 26AGJ091X
DOE,
            Defendant.

SUBPOENA DUCES TECUM (GRAND JURY)

THE STATE OF NEVADA SENDS GREETINGS TO: {PLATFORM}, CUSTODIAN OF RECORDS

YOU ARE COMMANDED TO APPEAR BEFORE THE CLARK COUNTY GRAND JURY, REGIONAL JUSTICE CENTER, 200 LEWIS
AVENUE, LAS VEGAS, NEVADA, ON 11/18/2026 AT 1:00 PM, AND TO BRING THE FOLLOWING:

ANY AND ALL SUBSCRIBER INFORMATION, LOGIN IP ADDRESSES WITH DATE/TIME STAMPS, AND REGISTERED DEVICE
INFORMATION FOR THE ACCOUNT "VEGAS_HIGHROLLER_VIP" (ALSO KNOWN AS @vegas_highroller_vip) FROM
01/01/2026 TO PRESENT.

IN LIEU OF APPEARANCE YOU MAY PROVIDE THE RECORDS WITH A CERTIFICATE OF CUSTODIAN OF RECORDS
(NRS 52.260).

STEVEN B. WOLFSON, DISTRICT ATTORNEY
BY: TREVOR NAKAGAWA-PRICE, DEPUTY DISTRICT ATTORNEY

Issued pursuant to NRS 172.
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_GRAND_JURY",
    statute=any_of("NRS 172", None),
    requester__name=any_of("Clark County District Attorney", "Clark County District Attorney's Office"),
    requester__kind="STATE_LOCAL",
    requester__email="da.investigations@clarkcountydanv.gov",
    requester__verified=True,
    requester__signer="Trevor Nakagawa-Price",
    requester__signer_title="Deputy District Attorney",
    targets=["vegas_highroller_vip"],
    data_categories=[BSI, NCR],
    date_range=any_of({"start": "2026-01-01", "end": "2026-10-12"}, {"start": "2026-01-01", "end": None}),
    served_at=w.iso,
    return_by=w.day("2026-11-18", "13:00"),
    case_number="26AGJ091X",
    issuing_court=any_of("District Court, Clark County, Nevada", "Clark County District Court"),
)

# 40 NC DOJ CID -----------------------------------------------------------------------------------
w = When("2026-10-14 13:45", "-04:00", zone="America/New_York")
add(
    "nc-doj-cid-pdf",
    "North Carolina Department of Justice civil investigative demand (N.C.G.S. § 75-10) as a PDF; cover letter short.",
    build(
        w,
        sender="Desmond Achebe-Wright <dachebewright@ncdoj.gov>",
        subject="Civil Investigative Demand - Consumer Protection - 26-CPD-0419",
        mid="<cpd-26-0419@ncdoj.gov>",
        dkim="ncdoj.gov",
        body="Dear Sir or Madam,\n\nPlease see the attached Civil Investigative Demand. Kindly acknowledge receipt.\n\nDesmond Achebe-Wright\nSpecial Deputy Attorney General\nConsumer Protection Division\nNorth Carolina Department of Justice\n",
        attachments=(
            textpdf(
                f"""STATE OF NORTH CAROLINA - DEPARTMENT OF JUSTICE
Consumer Protection Division, 114 W. Edenton Street, Raleigh, NC 27603

CIVIL INVESTIGATIVE DEMAND No. 26-CPD-0419
Issued under N.C. Gen. Stat. § 75-10

TO: {PLATFORM}

The Attorney General is investigating whether unfair or deceptive acts have occurred in connection
with a home-repair scheme targeting elderly North Carolina residents after Hurricane Mireille.

You are required to produce, within 20 days of service of this demand, records sufficient to identify
the users of the accounts "carolina_roof_pros" and "nc.storm.repair.now": account holder names,
e-mail addresses, phone numbers, addresses, and means of payment for any advertising purchased.

Period: June 1, 2026 - October 1, 2026.

Issued October 14, 2026.
JEFF JACKSON, ATTORNEY GENERAL
Desmond Achebe-Wright, Special Deputy Attorney General
""",
                "CID_26-CPD-0419.pdf",
            ),
        ),
    ),
    formats=("pdf",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of("N.C. Gen. Stat. § 75-10", "N.C.G.S. § 75-10"),
    requester__name=any_of(
        "North Carolina Department of Justice", "North Carolina Attorney General", "Consumer Protection Division"
    ),
    requester__kind="STATE_LOCAL",
    requester__email="dachebewright@ncdoj.gov",
    requester__verified=True,
    requester__signer="Desmond Achebe-Wright",
    requester__signer_title="Special Deputy Attorney General",
    targets=["carolina_roof_pros", "nc.storm.repair.now"],
    data_categories=[BSI],
    stated_purpose="home-repair scheme",
    date_range={"start": "2026-06-01", "end": "2026-10-01"},
    served_at=w.iso,
    return_by=w.day("2026-11-03"),
    case_number="26-CPD-0419",
)

# 41 Cumberland County NC sheriff warrant, one-year NDO ------------------------------------------
w = When("2026-10-16 08:22", "-04:00")
add(
    "cumberland-nc-sheriff-warrant-ndo-1yr",
    "Cumberland County (NC) Sheriff: Superior Court search warrant in the body with a one-year § 2705(b) order.",
    build(
        w,
        sender="Det. Sgt. Lamont Greaves <lgreaves@cumberlandsheriffnc.gov>",
        subject="Search Warrant - Cumberland Co. Superior Court - 26CRS 1187",
        mid="<ccso-26CRS1187@cumberlandsheriffnc.gov>",
        dkim="cumberlandsheriffnc.gov",
        body=f"""STATE OF NORTH CAROLINA, COUNTY OF CUMBERLAND
IN THE GENERAL COURT OF JUSTICE, SUPERIOR COURT DIVISION
File No. 26CRS 1187

SEARCH WARRANT (N.C.G.S. 15A-242 et seq.)

To any officer with authority and jurisdiction to conduct the search authorized by this warrant:
I, the undersigned, find that there is probable cause to believe that the property described below
constitutes evidence of the crime of first-degree murder and that it is located at {PLATFORM}.

PROPERTY: for the account https://dueprocess-platform.example/u/fayettenam_shooter and the account
@fayettenam_shooter2, all messages (content), photographs, videos, subscriber information, IP
addresses, and location information, from September 1, 2026 through October 15, 2026.

You are commanded to search for the property described and produce it within ten (10) days.

It is further ORDERED, pursuant to 18 U.S.C. 2705(b), that {PLATFORM} shall not notify any person of
the existence of this warrant for a period of one (1) year from the date hereof.

Date: 10/15/2026   Time: 5:05 PM
Hon. Gloria S. Mattingly, Superior Court Judge

Det. Sgt. Lamont Greaves
Cumberland County Sheriff's Office, Homicide Unit
""",
    ),
    formats=("text",),
    process_type="SEARCH_WARRANT",
    statute=any_of("N.C.G.S. 15A-242", None),
    requester__name="Cumberland County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="lgreaves@cumberlandsheriffnc.gov",
    requester__verified=True,
    requester__signer=any_of("Lamont Greaves", "Gloria S. Mattingly"),
    requester__signer_title=any_of("Det. Sgt.", "Detective Sergeant", "Superior Court Judge"),
    targets=["fayettenam_shooter", "fayettenam_shooter2"],
    data_categories=[SC, BSI, NCR, LOC],
    stated_purpose=any_of("first-degree murder", None),
    date_range={"start": "2026-09-01", "end": "2026-10-15"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-25"), w.day("2026-10-26")),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-10-15"),
    case_number="26CRS 1187",
    issuing_court=any_of("Cumberland County Superior Court", "Superior Court Division, Cumberland County"),
)

# 42 Arizona AG CID -------------------------------------------------------------------------------
w = When("2026-10-19 11:00", "-07:00")
add(
    "arizona-ag-cid",
    "Arizona Attorney General civil investigative demand (A.R.S. § 44-1524) for subscriber records; plain text, terse.",
    build(
        w,
        sender="AZAG Consumer Litigation Unit <consumerlit@azag.gov>",
        subject="CID - CC2026-118 - response due 11/9/2026",
        mid="<cc2026-118@azag.gov>",
        dkim="azag.gov",
        body=f"""Re: Civil Investigative Demand No. CC2026-118 (A.R.S. § 44-1524)

To {PLATFORM}:

The Attorney General, in the course of investigating a fraudulent solar-panel financing scheme
directed at Arizona consumers, demands that you produce by 11/9/2026 the following for the accounts
az_solar_savings and sunbelt.energy.rebates: registered names, e-mail addresses, phone numbers,
mailing addresses, and billing information. Time period: 1/1/2026 - 10/1/2026.

Brandon Ochoa-Lindgren
Assistant Attorney General, Consumer Litigation Unit
Office of the Arizona Attorney General, 2005 N. Central Ave., Phoenix, AZ 85004
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute="A.R.S. § 44-1524",
    requester__name=any_of("Arizona Attorney General", "Office of the Arizona Attorney General"),
    requester__kind="STATE_LOCAL",
    requester__email="consumerlit@azag.gov",
    requester__verified=True,
    requester__signer="Brandon Ochoa-Lindgren",
    requester__signer_title="Assistant Attorney General",
    targets=["az_solar_savings", "sunbelt.energy.rebates"],
    data_categories=[BSI],
    stated_purpose="solar-panel financing scheme",
    date_range={"start": "2026-01-01", "end": "2026-10-01"},
    served_at=w.iso,
    return_by=w.day("2026-11-09"),
    case_number="CC2026-118",
)

# 43 Chandler PD: state-court 2703(d) order ------------------------------------------------------
w = When("2026-10-20 15:35", "-07:00")
add(
    "chandler-pd-2703d-state-court",
    "Chandler (AZ) PD serves a § 2703(d) order signed by a Maricopa County Superior Court judge; NDO 90 days.",
    build(
        w,
        sender="Det. Aurelio Banerjee <aurelio.banerjee@chandlerazpd.gov>",
        subject="Court Order 18 USC 2703(d) - CR2026-133871",
        mid="<cpd-CR2026-133871@chandlerazpd.gov>",
        dkim="chandlerazpd.gov",
        body=f"""IN THE SUPERIOR COURT OF THE STATE OF ARIZONA IN AND FOR THE COUNTY OF MARICOPA
No. CR2026-133871

ORDER FOR DISCLOSURE OF RECORDS (18 U.S.C. § 2703(d))

Upon application of the State, the Court finds specific and articulable facts showing reasonable
grounds to believe that the records sought are relevant and material to an ongoing criminal
investigation of fraudulent schemes and artifices (A.R.S. § 13-2310).

IT IS ORDERED that {PLATFORM} disclose, within 14 days, for the account "desert.rose.boutique.az":
 a. subscriber information;
 b. IP login history and device identifiers;
 c. transactional records of messages (date, time, sender and recipient account), excluding content;
for the period 03/15/2026 through 10/15/2026.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that {PLATFORM} not disclose this order to the
subscriber for ninety (90) days.

DATED this 20th day of October, 2026.
Hon. Maribel Castañeda-Frost, Judge of the Superior Court

--
Det. Aurelio Banerjee #5521, Financial Crimes Unit, Chandler Police Department
""",
    ),
    formats=("text",),
    process_type="COURT_ORDER_2703D",
    statute=any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703"),
    requester__name=any_of("Chandler Police Department", "City of Chandler Police Department"),
    requester__kind="STATE_LOCAL",
    requester__email="aurelio.banerjee@chandlerazpd.gov",
    requester__verified=True,
    requester__signer=any_of("Aurelio Banerjee", "Maribel Castañeda-Frost"),
    requester__signer_title=any_of("Detective", "Det.", "Judge of the Superior Court"),
    targets=["desert.rose.boutique.az"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("fraudulent schemes and artifices", None),
    date_range={"start": "2026-03-15", "end": "2026-10-15"},
    served_at=w.iso,
    return_by=w.day("2026-11-03"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-01-18"),
    case_number="CR2026-133871",
    issuing_court=any_of(
        "Superior Court of the State of Arizona in and for the County of Maricopa",
        "Maricopa County Superior Court",
    ),
)

# 44 Massachusetts DA administrative subpoena (c. 271 § 17B) ------------------------------------
w = When("2026-10-22 10:26", "-04:00", zone="America/New_York")
add(
    "middlesex-da-271-17b-subpoena",
    "Middlesex District Attorney administrative subpoena under M.G.L. c. 271, § 17B from a mass.gov subdomain.",
    build(
        w,
        sender="Middlesex DA - Cybercrime <cyber.subpoenas@mass.gov>",
        subject="Administrative Subpoena (G.L. c. 271 s. 17B) - MDAO-26-5530",
        mid="<MDAO-26-5530@mass.gov>",
        dkim="mass.gov",
        body=f"""COMMONWEALTH OF MASSACHUSETTS
OFFICE OF THE MIDDLESEX DISTRICT ATTORNEY
15 Commonwealth Avenue, Woburn, MA 01801

ADMINISTRATIVE SUBPOENA - M.G.L. c. 271, § 17B
Reference: MDAO-26-5530

To: Keeper of Records, {PLATFORM}

Having reasonable grounds for belief that the records requested are relevant and material to an
ongoing criminal investigation (harassment, G.L. c. 265, § 43A), you are directed to produce the
following subscriber records pertaining to the username "lowell_truthteller": subscriber name,
address, telephone number, e-mail address, and the IP address used at account registration.

Please produce within 14 days of receipt.

ADA Siobhan Keefe-Daly
Assistant District Attorney, Cybercrime Unit
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of("M.G.L. c. 271, § 17B", "G.L. c. 271, § 17B"),
    requester__name=any_of("Middlesex District Attorney", "Office of the Middlesex District Attorney"),
    requester__kind="STATE_LOCAL",
    requester__email="cyber.subpoenas@mass.gov",
    requester__verified=True,
    requester__signer="Siobhan Keefe-Daly",
    requester__signer_title=any_of("Assistant District Attorney", "ADA"),
    targets=["lowell_truthteller"],
    data_categories=[BSI],
    stated_purpose=any_of("harassment", None),
    served_at=w.iso,
    return_by=w.day("2026-11-05"),
    case_number="MDAO-26-5530",
)

# 45 New Jersey state grand jury ----------------------------------------------------------------
w = When("2026-10-26 12:00", "-04:00", zone="America/New_York")
add(
    "nj-dcj-state-grand-jury",
    "New Jersey Division of Criminal Justice state grand jury subpoena, HTML with a 'Date: 12/21/2026' style return.",
    build(
        w,
        sender="NJ DCJ Subpoena Unit <dcj.subpoenas@njoag.gov>",
        subject="State Grand Jury Subpoena SGJ-26-0788",
        mid="<SGJ-26-0788@njoag.gov>",
        dkim="njoag.gov",
        html=f"""<p><b>STATE OF NEW JERSEY<br>SUPERIOR COURT OF NEW JERSEY, LAW DIVISION &ndash; STATE GRAND JURY</b></p>
<p>SUBPOENA DUCES TECUM &nbsp; No. SGJ-26-0788</p>
<p>The State of New Jersey, to: {PLATFORM}, Custodian of Records</p>
<p>YOU ARE HEREBY COMMANDED to appear before the State Grand Jury at the Richard J. Hughes Justice
Complex, 25 Market Street, Trenton, NJ, on <b>12/21/2026</b> at 10:00 a.m., and to produce:</p>
<ul><li>Subscriber information and login IP history for the accounts <b>jersey_shore_deals</b> and
<b>njcheapiphones</b>, 01/01/2026 to date.</li></ul>
<p>You may comply by forwarding the records to the Detective below prior to the return date.</p>
<p>Det. Fiona Ashworth-Kane, Division of Criminal Justice, Financial &amp; Cyber Crimes Bureau<br>
Deputy Attorney General Samuel Oyenuga</p>""",
    ),
    formats=("html",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of("New Jersey Division of Criminal Justice", "Division of Criminal Justice"),
    requester__kind="STATE_LOCAL",
    requester__email="dcj.subpoenas@njoag.gov",
    requester__verified=True,
    requester__signer=any_of("Samuel Oyenuga", "Fiona Ashworth-Kane"),
    requester__signer_title=any_of("Deputy Attorney General", "Detective", "Det."),
    targets=["jersey_shore_deals", "njcheapiphones"],
    data_categories=[BSI, NCR],
    date_range=any_of({"start": "2026-01-01", "end": "2026-10-26"}, {"start": "2026-01-01", "end": None}),
    served_at=w.iso,
    return_by=w.day("2026-12-21", "10:00"),
    case_number="SGJ-26-0788",
    issuing_court=any_of(
        "Superior Court of New Jersey, Law Division - State Grand Jury", "Superior Court of New Jersey"
    ),
)

# 46 Manhattan DA grand jury subpoena, NDO until further order ---------------------------------
w = When("2026-10-28 17:22", "-04:00", zone="America/New_York")
add(
    "manhattan-da-gj-subpoena-ndo",
    "New York County DA grand jury subpoena (dany.nyc.gov) with a court nondisclosure order until further order.",
    build(
        w,
        sender="Jonah Bellweather <bellweatherj@dany.nyc.gov>",
        subject="Subpoena - NY County Grand Jury - GJ 2026-0917",
        mid="<DANY-GJ-2026-0917@dany.nyc.gov>",
        dkim="dany.nyc.gov",
        body=f"""Please find the subpoena below. Note the accompanying nondisclosure order signed by Justice Ortiz.

SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF NEW YORK
THE PEOPLE OF THE STATE OF NEW YORK  to  {PLATFORM}
SUBPOENA DUCES TECUM FOR THE GRAND JURY, GJ 2026-0917

YOU ARE COMMANDED to appear before the GRAND JURY of the County of New York, 80 Centre Street, on
November 19, 2026 at 9:30 AM, and to bring: basic subscriber information and IP address logs for the
account associated with phone number (646) 555-0175 and the username "soho_flipz".

ORDER: Upon the application of the District Attorney, and pursuant to 18 U.S.C. § 2705(b), the
recipient shall not disclose the existence of this subpoena until further order of the Court.
Hon. Esteban Ortiz, J.S.C.

Jonah Bellweather
Assistant District Attorney, Cybercrime and Identity Theft Bureau
New York County District Attorney's Office, One Hogan Place, New York, NY 10013
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of(
        "New York County District Attorney's Office",
        "Manhattan District Attorney's Office",
        "New York County District Attorney",
    ),
    requester__kind="STATE_LOCAL",
    requester__email="bellweatherj@dany.nyc.gov",
    requester__verified=True,
    requester__signer="Jonah Bellweather",
    requester__signer_title="Assistant District Attorney",
    targets=any_of(["(646) 555-0175", "soho_flipz"], ["+16465550175", "soho_flipz"], ["6465550175", "soho_flipz"]),
    data_categories=[BSI, NCR],
    served_at=w.iso,
    return_by=w.day("2026-11-19", "09:30"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=None,
    case_number="GJ 2026-0917",
    issuing_court="Supreme Court of the State of New York, County of New York",
)

# 47 Michigan State Police warrant PDF -------------------------------------------------------------
w = When("2026-10-30 09:40", "-04:00", zone="America/Detroit")
MSP = f"""STATE OF MICHIGAN
54-B DISTRICT COURT (EAST LANSING)
SEARCH WARRANT                         Case No. 26-SW-0217

TO THE SHERIFF OR ANY PEACE OFFICER: Affiant, D/Sgt. Kristoffer Nyqvist of the Michigan State Police,
Computer Crimes Unit, has sworn to the affidavit regarding the following:
1. The property to be searched: records held by {PLATFORM} concerning the account
   "msu_spartan_leaks" and the e-mail address spartanleaks@example.net.
2. The property to be seized: subscriber information; IP address logs; all stored communications
   including direct messages; all photographs and videos; for 08/01/2026 - 10/28/2026.
THE PEOPLE OF THE STATE OF MICHIGAN: I have found that probable cause exists (MCL 780.651) and you are
commanded to make the search and seize the described property. Return within 21 days.
Issued: October 29, 2026       Magistrate Aileen B. Poole
"""
add(
    "michigan-state-police-warrant-pdf",
    "Michigan State Police: district court search warrant (MCL 780.651) as a PDF.",
    build(
        w,
        sender='"Nyqvist, Kristoffer (MSP)" <NyqvistK@michigan.gov>',
        subject="Search Warrant 26-SW-0217",
        mid="<MSP-CCU-26SW0217@michigan.gov>",
        dkim="michigan.gov",
        body="Attached please find a search warrant for records. Return to the undersigned.\n\nD/Sgt. Kristoffer Nyqvist\nMichigan State Police | Computer Crimes Unit\n",
        attachments=(textpdf(MSP, "26-SW-0217.pdf"),),
    ),
    formats=("pdf",),
    process_type="SEARCH_WARRANT",
    statute=any_of("MCL 780.651", None),
    requester__name=any_of("Michigan State Police", "MSP"),
    requester__kind="STATE_LOCAL",
    requester__email="NyqvistK@michigan.gov",
    requester__verified=True,
    requester__signer=any_of("Kristoffer Nyqvist", "Aileen B. Poole"),
    requester__signer_title=any_of("D/Sgt.", "Detective Sergeant", "Magistrate"),
    targets=any_of(["msu_spartan_leaks", "spartanleaks@example.net"], ["msu_spartan_leaks"]),
    data_categories=[BSI, NCR, SC],
    date_range={"start": "2026-08-01", "end": "2026-10-28"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-11-19"), w.day("2026-11-20")),
    case_number="26-SW-0217",
    issuing_court=any_of("54-B District Court", "54-B District Court (East Lansing)"),
)

# 48 Seattle PD, forwarded within seattle.gov -----------------------------------------------------
w_orig = When("2026-11-02 08:05", "-08:00", zone="America/Los_Angeles")
w = When("2026-11-02 08:31", "-08:00", zone="America/Los_Angeles")
ORIG = """Custodian,

King County Superior Court search warrant No. 26-2-0415-SEA for the account
@emerald_city_escort_ads: subscriber information, IP logs, messages and images, and location data,
from 07/01/2026 to 10/31/2026. Offense: promoting commercial sexual abuse of a minor (RCW 9.68A.101).
Production within 10 days. The judge granted a non-disclosure order under 18 USC 2705(b) for 180 days
from 11/01/2026.

Det. Hyun-woo Castellanos
Seattle Police Department, Human Trafficking Unit"""
add(
    "seattle-pd-forwarded-warrant",
    "Seattle PD: the unit's generic mailbox forwards a detective's warrant service; both seattle.gov; NDO 180 days.",
    build(
        w,
        sender="SPD HTU Legal Process <spd.htu.legal@seattle.gov>",
        subject="Fwd: SW 26-2-0415-SEA",
        mid="<spd-htu-fwd-0415@seattle.gov>",
        dkim="seattle.gov",
        body=forward(
            "Forwarding on behalf of Det. Castellanos, who is in the field. Please reply to all.\n\n"
            "Admin Specialist Tori Blankenship\nSeattle Police Department - Human Trafficking Unit",
            sender="Castellanos, Hyun-woo <hyunwoo.castellanos@seattle.gov>",
            when=w_orig,
            subject="SW 26-2-0415-SEA",
            to="SPD HTU Legal Process <spd.htu.legal@seattle.gov>",
            body=ORIG,
        ),
    ),
    formats=("text", "forwarded"),
    process_type="SEARCH_WARRANT",
    statute=None,
    requester__name=any_of("Seattle Police Department", "SPD"),
    requester__kind="STATE_LOCAL",
    requester__email=any_of("hyunwoo.castellanos@seattle.gov", "spd.htu.legal@seattle.gov"),
    requester__verified=True,
    requester__signer="Hyun-woo Castellanos",
    requester__signer_title=any_of("Detective", "Det."),
    targets=["emerald_city_escort_ads"],
    data_categories=[BSI, NCR, SC, LOC],
    stated_purpose=any_of("promoting commercial sexual abuse of a minor", None),
    date_range={"start": "2026-07-01", "end": "2026-10-31"},
    served_at=any_of(w_orig.iso, w.iso),
    return_by=w_orig.day("2026-11-12"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w_orig.end("2027-04-30"),
    case_number="26-2-0415-SEA",
    issuing_court="King County Superior Court",
)

# 49 Floyd County GA pen register --------------------------------------------------------------
w = When("2026-11-04 14:14", "-05:00")
add(
    "floyd-county-ga-pen-register",
    "Floyd County (GA) Sheriff serves a Superior Court pen register / trap and trace order asking for real-time login records for 30 days.",
    build(
        w,
        sender="Lt. Corbin Ashe <cashe@floydsheriffga.gov>",
        subject="Pen Register Order - real time login data - Floyd Superior Court 26-PR-009",
        mid="<fcso-26PR009@floydsheriffga.gov>",
        dkim="floydsheriffga.gov",
        body=f"""Good afternoon,

We have obtained the attached order (text below) from the Superior Court of Floyd County. We need
real-time login records (IP address, date/time, port) for the account rome_ga_runner pushed to us
as they occur, for 30 days. Please advise the delivery method.

IN THE SUPERIOR COURT OF FLOYD COUNTY, STATE OF GEORGIA
No. 26-PR-009
ORDER AUTHORIZING PEN REGISTER AND TRAP AND TRACE DEVICE (18 U.S.C. § 3123; O.C.G.A. § 16-11-64.1)
The Court, having found that the information likely to be obtained is relevant to an ongoing criminal
investigation of trafficking in methamphetamine, ORDERS {PLATFORM} to provide, for thirty (30) days
from the date of this Order, all dialing, routing, addressing and signaling information (including
login IP addresses and timestamps) for the account "rome_ga_runner", excluding content.
Provider shall not disclose the existence of this Order until further order of the Court.
SO ORDERED this 3rd day of November, 2026.  Judge J. Harlan Whitcomb-Tate

Lt. Corbin Ashe
Floyd County Sheriff's Office - Narcotics
""",
    ),
    formats=("text",),
    process_type="PEN_REGISTER_ORDER",
    statute=any_of("18 U.S.C. § 3123", "O.C.G.A. § 16-11-64.1"),
    requester__name="Floyd County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="cashe@floydsheriffga.gov",
    requester__verified=True,
    requester__signer="Corbin Ashe",
    requester__signer_title=any_of("Lt.", "Lieutenant"),
    targets=["rome_ga_runner"],
    data_categories=[RTM],
    stated_purpose=any_of("trafficking in methamphetamine", None),
    date_range={"start": "2026-11-03", "end": "2026-12-03"},
    served_at=w.iso,
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=None,
    case_number="26-PR-009",
    issuing_court="Superior Court of Floyd County",
)

# 50 Indiana prosecutor trial subpoena -------------------------------------------------------------
w = When("2026-11-05 11:20", "-05:00")
add(
    "hendricks-county-trial-subpoena",
    "Hendricks County (IN) Prosecutor's state criminal trial subpoena duces tecum for public posts and account info.",
    build(
        w,
        sender="Paralegal Unit <subpoenas@hendrickscountyprosecutor.gov>",
        subject="State v. Pruett - 32D02-2604-F5-000211 - subpoena duces tecum",
        mid="<hcpo-F5-000211@hendrickscountyprosecutor.gov>",
        dkim="hendrickscountyprosecutor.gov",
        body=f"""STATE OF INDIANA, COUNTY OF HENDRICKS
IN THE HENDRICKS SUPERIOR COURT 2
STATE OF INDIANA v. LANCE M. PRUETT, Cause No. 32D02-2604-F5-000211

SUBPOENA DUCES TECUM
To: {PLATFORM}
You are commanded to produce to the Hendricks County Prosecutor's Office on or before 12/01/2026 for
use at trial: certified copies of all public posts and public comments made by the account
"lance_pruett_317" between 1/1/2026 and 4/30/2026, and records showing the e-mail address and
phone number associated with that account.

Deputy Prosecuting Attorney Whitney Albrecht-Nash
Hendricks County Prosecutor's Office, Danville, Indiana
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_TRIAL",
    requester__name=any_of("Hendricks County Prosecutor's Office", "Hendricks County Prosecutor Office"),
    requester__kind="STATE_LOCAL",
    requester__email="subpoenas@hendrickscountyprosecutor.gov",
    requester__verified=True,
    requester__signer="Whitney Albrecht-Nash",
    requester__signer_title="Deputy Prosecuting Attorney",
    targets=["lance_pruett_317"],
    data_categories=[PC, BSI],
    date_range={"start": "2026-01-01", "end": "2026-04-30"},
    served_at=w.iso,
    return_by=w.day("2026-12-01"),
    case_number="32D02-2604-F5-000211",
    issuing_court=any_of("Hendricks Superior Court 2", "Hendricks Superior Court"),
)

# 51 Pennsylvania statewide investigating grand jury --------------------------------------------
w = When("2026-11-09 10:02", "-05:00")
add(
    "pa-oag-investigating-grand-jury",
    "Pennsylvania Office of Attorney General: Statewide Investigating Grand Jury subpoena with secrecy noted, 'this 9th day of November' style.",
    build(
        w,
        sender="OAG Criminal Prosecutions <gj.subpoena@attorneygeneral.gov>",
        subject="Subpoena - Fifty-First Statewide Investigating Grand Jury - Notice No. 14",
        mid="<51SIGJ-N14-0332@attorneygeneral.gov>",
        dkim="attorneygeneral.gov",
        body=f"""COMMONWEALTH OF PENNSYLVANIA
OFFICE OF ATTORNEY GENERAL
IN RE: THE FIFTY-FIRST STATEWIDE INVESTIGATING GRAND JURY, Notice of Submission No. 14
Subpoena No. 332

TO: {PLATFORM}, Custodian of Records

YOU ARE ORDERED to appear before the Fifty-First Statewide Investigating Grand Jury at Harrisburg,
Pennsylvania, on the 14th day of December, 2026, at 9:00 o'clock A.M., and to bring with you: all
subscriber information, all IP address logs and all private messages for the account
"keystone_contracts_pa" from July 1, 2025 through June 30, 2026.

Proceedings of the Grand Jury are secret (Pa.R.Crim.P. 230, 231); you are directed not to disclose
the existence of this subpoena.

Issued this 9th day of November, 2026.
Senior Deputy Attorney General Margaret Ilves-Hardy
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of("Pennsylvania Office of Attorney General", "Office of Attorney General"),
    requester__kind="STATE_LOCAL",
    requester__email="gj.subpoena@attorneygeneral.gov",
    requester__verified=True,
    requester__signer="Margaret Ilves-Hardy",
    requester__signer_title="Senior Deputy Attorney General",
    targets=["keystone_contracts_pa"],
    data_categories=[BSI, NCR, SC],
    date_range={"start": "2025-07-01", "end": "2026-06-30"},
    served_at=w.iso,
    return_by=w.day("2026-12-14", "09:00"),
    nondisclosure__present=True,
    nondisclosure__kind=any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
    case_number=any_of("Subpoena No. 332", "Notice of Submission No. 14", "332"),
    issuing_court=any_of("Fifty-First Statewide Investigating Grand Jury", None),
)

# 52 Calcasieu Parish warrant, HTML ----------------------------------------------------------------
w = When("2026-11-10 13:13", "-06:00")
add(
    "calcasieu-parish-warrant-html",
    "Calcasieu Parish (LA) Sheriff's Office: 14th JDC search warrant in HTML, cell-site / GPS / Wi-Fi location wording.",
    build(
        w,
        sender="CPSO Special Investigations <spi@calcasieusheriff.gov>",
        subject="Search Warrant - 14th JDC - SW-26-0998",
        mid="<cpso-sw-26-0998@calcasieusheriff.gov>",
        dkim="calcasieusheriff.gov",
        html=f"""<p>STATE OF LOUISIANA, PARISH OF CALCASIEU<br>FOURTEENTH JUDICIAL DISTRICT COURT</p>
<p><b>SEARCH WARRANT No. SW-26-0998</b></p>
<p>TO ANY COMMISSIONED OFFICER AND TO {PLATFORM}: Affidavit having been made before me by Det.
Remy Thibodeaux, you are commanded to produce for the account <b>lakecharles_lady_j</b> the
following: (1) subscriber information; (2) cell-site, GPS and Wi-Fi location information associated
with the account; (3) IP history, for 10/01/2026 through 11/08/2026.</p>
<p>Offense: second degree kidnapping (La. R.S. 14:44.1). Return within 7 days.</p>
<p>Signed 11/10/2026 &mdash; Judge Clayton Fontenot-Briggs, 14th JDC</p>
<p>Det. Remy Thibodeaux<br>Calcasieu Parish Sheriff's Office<br>337-555-0128</p>""",
    ),
    formats=("html",),
    process_type="SEARCH_WARRANT",
    statute=None,
    requester__name="Calcasieu Parish Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="spi@calcasieusheriff.gov",
    requester__verified=True,
    requester__signer=any_of("Remy Thibodeaux", "Clayton Fontenot-Briggs"),
    requester__signer_title=any_of("Detective", "Det.", "Judge"),
    targets=["lakecharles_lady_j"],
    data_categories=[BSI, LOC, NCR],
    stated_purpose=any_of("second degree kidnapping", None),
    date_range={"start": "2026-10-01", "end": "2026-11-08"},
    served_at=w.iso,
    return_by=w.day("2026-11-17"),
    case_number="SW-26-0998",
    issuing_court=any_of("Fourteenth Judicial District Court", "14th JDC"),
)

# 53 Oregon domain, Washington State Patrol name ------------------------------------------------
w = When("2026-11-12 09:09", "-08:00")
add(
    "wsp-name-under-oregon-domain",
    "Claims to be the Washington State Patrol but is DKIM-signed by oregon.gov (another state's domain): not verified as WSP.",
    build(
        w,
        sender="WSP Investigative Assistance <wsp.ias@oregon.gov>",
        subject="Washington State Patrol - search warrant for records",
        mid="<wsp-ias-2026-1112@oregon.gov>",
        dkim="oregon.gov",
        body=f"""WASHINGTON STATE PATROL
Investigative Assistance Division

To: {PLATFORM}

A search warrant (No. 26-SW-4471) has been issued by Judge Patrice Oduya of the King County District
Court for records of the account @pnw_driftking. Pursuant to that warrant, please produce subscriber
information (name, email, phone, registration IP) for the account by 11/30/2026. The investigation
concerns a hit-and-run collision on SR-520.

Trooper Ellison Marsh
Washington State Patrol
""",
    ),
    formats=("text",),
    process_type="SEARCH_WARRANT",
    requester__name=any_of("Washington State Patrol", "WSP"),
    requester__kind="STATE_LOCAL",
    requester__email="wsp.ias@oregon.gov",
    requester__verified=False,
    requester__signer="Ellison Marsh",
    requester__signer_title="Trooper",
    targets=["pnw_driftking"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-11-30"),
    stated_purpose=any_of("hit-and-run collision", None),
    case_number="26-SW-4471",
    issuing_court="King County District Court",
)

# 54 Free-mail "police" emergency request ---------------------------------------------------------
w = When("2026-11-14 01:12", "-05:00")
add(
    "freemail-police-emergency",
    "An 'officer' of the Coconut Creek Police Department sends an emergency request from gmail.com: unverified.",
    build(
        w,
        sender="Ofc. Danny Reyes CCPD <officer.dreyes.ccpd@gmail.com>",
        subject="urgent emergency request officer safety",
        mid="<CAOfcReyes-2211@mail.gmail.com>",
        body="""hello this is officer Reyes with Coconut Creek Police Department (Florida). I am using my personal
email because our server is down. We have an emergency, a suspect threatened to shoot up a school
tomorrow using the account @broward_reaper954. I need his name, phone number, email and IP address
right away, no time for a warrant. Please send to this email ASAP.

Ofc Danny Reyes
Badge 4471
""",
    ),
    formats=("text",),
    process_type="EMERGENCY_REQUEST",
    requester__name=any_of("Coconut Creek Police Department", "City of Coconut Creek Police Department"),
    requester__kind="STATE_LOCAL",
    requester__email="officer.dreyes.ccpd@gmail.com",
    requester__verified=False,
    requester__signer="Danny Reyes",
    requester__signer_title=any_of("Officer", "Ofc."),
    targets=["broward_reaper954"],
    data_categories=[BSI, NCR],
    served_at=w.iso,
    emergency=emergency("threatened to shoot up a school"),
)

# 55 Look-alike sheriff domain ---------------------------------------------------------------------
w = When("2026-11-16 15:50", "-05:00")
add(
    "lookalike-cook-county-sheriff",
    "A search-warrant e-mail from cookcountysheriff-il.org, a look-alike of cookcountysheriffil.gov (DKIM valid for the look-alike only).",
    build(
        w,
        sender="Cook County Sheriff Warrants <warrants@cookcountysheriff-il.org>",
        subject="Search Warrant 2026-SW-12990 - compliance required",
        mid="<sw12990@cookcountysheriff-il.org>",
        dkim="cookcountysheriff-il.org",
        body=f"""COOK COUNTY SHERIFF'S OFFICE
Search Warrant 2026-SW-12990, Circuit Court of Cook County

{PLATFORM} is commanded to provide all subscriber information, direct messages, and location
history for the account @chi_nightlife_promo by 11/20/2026. Reply to this e-mail with the records.

Inv. Raymond Kowalczyk
Cook County Sheriff's Office
""",
    ),
    formats=("text",),
    process_type="SEARCH_WARRANT",
    requester__name="Cook County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="warrants@cookcountysheriff-il.org",
    requester__verified=False,
    requester__signer="Raymond Kowalczyk",
    requester__signer_title=any_of("Investigator", "Inv."),
    targets=["chi_nightlife_promo"],
    data_categories=[BSI, SC, LOC],
    served_at=w.iso,
    return_by=w.day("2026-11-20"),
    case_number="2026-SW-12990",
    issuing_court="Circuit Court of Cook County",
)

# 56 Unsigned city PD subpoena -----------------------------------------------------------------
w = When("2026-11-18 10:45", "-05:00")
add(
    "alachua-pd-unsigned-subpoena",
    "Alachua (FL) Police Department: state attorney investigative subpoena (Fla. Stat. § 27.04), sent unsigned (no DKIM).",
    build(
        w,
        sender="Det. Kiara Wellstone <kwellstone@alachuapd.gov>",
        subject="Investigative Subpoena - SAO8 - APD 26-003318",
        mid="<apd-26-003318@alachuapd.gov>",
        body=f"""Attached / below is a State Attorney investigative subpoena issued under Section 27.04, Florida
Statutes, by the Office of the State Attorney, Eighth Judicial Circuit.

IN THE CIRCUIT COURT OF THE EIGHTH JUDICIAL CIRCUIT, IN AND FOR ALACHUA COUNTY, FLORIDA
INVESTIGATIVE SUBPOENA DUCES TECUM - SAO No. 2026-IS-0441
TO: {PLATFORM}, Records Custodian
YOU ARE COMMANDED to produce, on or before December 2, 2026, subscriber information (name, address,
e-mail, phone, creation date) for the account gainesville_gator_gear.
ASA Jordan Pemberton-Hayes, Assistant State Attorney

Det. Kiara Wellstone
Alachua Police Department, Criminal Investigations
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of("Fla. Stat. § 27.04", "Section 27.04, Florida Statutes"),
    requester__name=any_of(
        "Alachua Police Department",
        "Office of the State Attorney, Eighth Judicial Circuit",
        "Office of the State Attorney",
    ),
    requester__kind="STATE_LOCAL",
    requester__email="kwellstone@alachuapd.gov",
    requester__verified=False,
    requester__signer=any_of("Kiara Wellstone", "Jordan Pemberton-Hayes"),
    requester__signer_title=any_of("Detective", "Det.", "Assistant State Attorney"),
    targets=["gainesville_gator_gear"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-12-02"),
    case_number=any_of("2026-IS-0441", "SAO No. 2026-IS-0441", "26-003318"),
    issuing_court=any_of("Circuit Court of the Eighth Judicial Circuit, in and for Alachua County, Florida", None),
)

# 57 Informal police request, no process (TRIAGE) ----------------------------------------------
w = When("2026-11-19 16:20", "-06:00")
add(
    "chickasha-pd-informal-no-process",
    "Chickasha (OK) PD asks informally who is behind an account, without any legal process or emergency: a person must decide.",
    build(
        w,
        sender="Sgt. Wade Tolliver <wtolliver@chickashapd.gov>",
        subject="question about an account",
        mid="<cpd-ok-inq-1119@chickashapd.gov>",
        dkim="chickashapd.gov",
        body="""Hi there,

We've had several complaints in town about the account grady_county_gossip posting rumors about local
business owners. Is there any way you can tell us who runs it? We don't have a warrant or anything,
just trying to see if it's someone local before we go that route. Any help appreciated.

Sgt. Wade Tolliver
Chickasha Police Department
405-555-0119
""",
    ),
    formats=("text",),
    outcome="TRIAGE",
    process_type="UNKNOWN",
    requester__name="Chickasha Police Department",
    requester__kind="STATE_LOCAL",
    requester__email="wtolliver@chickashapd.gov",
    requester__verified=True,
    requester__signer="Wade Tolliver",
    requester__signer_title=any_of("Sgt.", "Sergeant"),
    targets=["grady_county_gossip"],
    data_categories=[BSI],
    served_at=w.iso,
)

# 58 Unreadable scan (TRIAGE) ---------------------------------------------------------------------
w = When("2026-11-23 11:58", "-06:00")
add(
    "geary-county-unreadable-fax-scan",
    "Geary County (KS) Sheriff sends a low-resolution, blurred fax scan: the document cannot be read reliably; triage.",
    build(
        w,
        sender="Geary County Sheriff <records@gearycountysheriff.gov>",
        subject="Fax - court order",
        mid="<gcso-fax-1123@gearycountysheriff.gov>",
        dkim="gearycountysheriff.gov",
        body="Faxed copy of court order attached. Original to follow by mail.\n\nGeary County Sheriff's Office\nJunction City, KS\n",
        attachments=(
            scan(
                "IN THE DISTRICT COURT OF GEARY COUNTY, KANSAS\nORDER\nCase No. 26-CR-0?1?\n"
                "the account k_state_w1ldcat or k_state_wi1dcat ... produce records of ... (illegible) ...\n"
                "within ... days of ...\n\n\nJudge ..........",
                "FAX_0001.pdf",
                seed=57,
                dpi=70,
                noise=0.08,
                blur=True,
                tilt=2.5,
            ),
        ),
    ),
    formats=("scan",),
    outcome="TRIAGE",
    process_type="UNKNOWN",
    requester__name="Geary County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="records@gearycountysheriff.gov",
    requester__verified=True,
    served_at=w.iso,
)

# 59 Homoglyph look-alike ("rn" for "m") --------------------------------------------------------------
w = When("2026-11-25 07:31", "-05:00")
add(
    "homoglyph-michigan-state-police-preservation",
    "A 'Michigan State Police' preservation request from rnichigan-gov.us ('rn' for 'm', DKIM-valid for the look-alike only).",
    build(
        w,
        sender="MSP Cyber Section <cybersection@rnichigan-gov.us>",
        subject="Preservation Request 18 USC 2703(f) - MSP 26-CYB-3318",
        mid="<msp-26-cyb-3318@rnichigan-gov.us>",
        dkim="rnichigan-gov.us",
        body="""MICHIGAN STATE POLICE - CYBER SECTION

Pursuant to 18 U.S.C. 2703(f), preserve for 90 days all subscriber information, IP logs and content
for the account @great_lakes_grinder. Incident 26-CYB-3318.

Please confirm the preservation and send the subscriber's name and phone number to this address.

Tpr. Gavin Oosterhuis
Michigan State Police
""",
    ),
    formats=("text",),
    process_type="PRESERVATION_REQUEST",
    statute="18 U.S.C. § 2703(f)",
    requester__name=any_of("Michigan State Police", "MSP"),
    requester__kind="STATE_LOCAL",
    requester__email="cybersection@rnichigan-gov.us",
    requester__verified=False,
    requester__signer="Gavin Oosterhuis",
    requester__signer_title=any_of("Tpr.", "Trooper"),
    targets=["great_lakes_grinder"],
    data_categories=[BSI, NCR, SC],
    served_at=w.iso,
    case_number="26-CYB-3318",
)

# 60 Attachment missing (TRIAGE) ------------------------------------------------------------------
w = When("2026-11-30 15:02", "-07:00")
add(
    "cache-county-missing-attachment",
    "Cache County (UT) Sheriff: 'please see the attached subpoena' for an account, but nothing is attached; kind, data and dates unknown.",
    build(
        w,
        sender="Det. Brynn Halvorsen-Tuia <bhalvorsentuia@cachesheriff.gov>",
        subject="Subpoena - @logan_ut_reseller",
        mid="<ccso-ut-sub-1130@cachesheriff.gov>",
        dkim="cachesheriff.gov",
        body="""Hello,

Please see the attached subpoena regarding the account @logan_ut_reseller. Let me know if you need
anything else from me.

Det. Brynn Halvorsen-Tuia
Cache County Sheriff's Office
Logan, Utah
""",
    ),
    formats=("text",),
    outcome="TRIAGE",
    process_type="UNKNOWN",
    requester__name="Cache County Sheriff's Office",
    requester__kind="STATE_LOCAL",
    requester__email="bhalvorsentuia@cachesheriff.gov",
    requester__verified=True,
    requester__signer="Brynn Halvorsen-Tuia",
    requester__signer_title=any_of("Detective", "Det."),
    targets=["logan_ut_reseller"],
    served_at=w.iso,
)
