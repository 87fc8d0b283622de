// "Who do I call right now?": picks the numbers answered at this moment, UK time, from the
// schedule embedded in the page (opening hours and bank holidays). The page is cached, so
// the choice is made here; without this script every number shows with its hours.
(function () {
  "use strict";
  var data = document.getElementById("call-now-schedule");
  var panel = document.querySelector("[data-call-now]");
  if (!data || !panel || !window.Intl) return;
  var schedule;
  try {
    schedule = JSON.parse(data.textContent);
  } catch (error) {
    return;
  }
  var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var WEEKDAY = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
  var answer = panel.querySelector("[data-call-now-answer]");
  var all = panel.querySelector("[data-call-now-all]");

  // Today's date, weekday and minute in the UK, whatever the device's own time zone.
  function ukNow() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: schedule.timeZone || "Europe/London",
      year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", weekday: "short", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
    return {
      year: +parts.year, month: +parts.month, day: +parts.day,
      minute: (+parts.hour % 24) * 60 + +parts.minute
    };
  }

  // The date `offset` days after `now`, as an ISO date and a weekday (0 is Monday).
  function dayAfter(now, offset) {
    var date = new Date(Date.UTC(now.year, now.month - 1, now.day + offset));
    return { iso: date.toISOString().slice(0, 10), weekday: (date.getUTCDay() + 6) % 7 };
  }

  // [opens, closes] in minutes for one line on one day (closes 1440 is midnight).
  function periodsOn(line, day) {
    if (line.always) return [[0, 1440]];
    if (schedule.bankHolidays.indexOf(day.iso) !== -1) {
      if (line.bankHolidays === "closed") return [];
      if (line.bankHolidays === "open") return [[0, 1440]];
    }
    return line.hours.filter(function (period) {
      return period.days.indexOf(day.weekday) !== -1;
    }).map(function (period) { return [period.opens, period.closes]; });
  }

  function clock(minutes) {
    if (minutes % 1440 === 0) return "midnight";
    if (minutes === 720) return "midday";
    var hour = Math.floor(minutes / 60), minute = minutes % 60;
    return (hour % 12 || 12) + (minute ? ":" + (minute < 10 ? "0" : "") + minute : "") +
      (hour < 12 ? "am" : "pm");
  }

  // "open now until 5pm", or null when the line is closed now.
  function openNow(line, now) {
    var today = dayAfter(now, 0);
    var current = periodsOn(line, today).filter(function (period) {
      return period[0] <= now.minute && now.minute < period[1];
    })[0];
    if (!current) return null;
    var end = current[1], offset = 0;
    // Open through midnight into the next day? Follow it, up to a week.
    while (end === 1440 && offset < 8) {
      var next = periodsOn(line, dayAfter(now, offset + 1)).filter(function (period) {
        return period[0] === 0;
      })[0];
      if (!next) break;
      offset += 1;
      end = next[1];
    }
    if (offset >= 8) return "open now, 24 hours a day";
    var when = clock(end);
    if (end === 1440) {
      if (offset > 0) when += " on " + DAYS[dayAfter(now, offset).weekday] + " night";
    } else if (offset === 1) {
      when += " tomorrow";
    } else if (offset > 1) {
      when += " on " + DAYS[dayAfter(now, offset).weekday];
    }
    return "open now until " + when;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render() {
    var now = ukNow();
    var open = schedule.lines.map(function (line) {
      return { line: line, status: openNow(line, now) };
    }).filter(function (item) { return item.status; });
    answer.textContent = "";
    if (open.length) {
      open.forEach(function (item) {
        var row = element("p", "call-now__line");
        row.appendChild(element("strong", "", item.line.name + ": " + item.status));
        row.appendChild(document.createTextNode(" "));
        var link = element("a", "call-now__number", item.line.number);
        link.href = "tel:" + item.line.tel;
        row.appendChild(link);
        answer.appendChild(row);
      });
    } else {
      answer.appendChild(element("p", "call-now__line",
        "No line is open right now. If someone is in danger, call the emergency number above."));
    }
    answer.hidden = false;
  }

  render();
  if (all) all.open = false;
  window.setInterval(render, 60000);
})();
