// The host page's side of the integration: listen for the widget's result and hold the
// transfer at high risk (ask for confirmation at medium risk). The page only sees the Report.
const form = document.getElementById("transfer");
const send = document.getElementById("send");
const hold = document.getElementById("hold");
const warn = document.getElementById("warn");
const ack = document.getElementById("ack");
const done = document.getElementById("done");
let level = "low";

function update() {
  hold.hidden = level !== "high";
  warn.hidden = level !== "medium";
  send.disabled = level === "high" || (level === "medium" && !ack.checked);
  form.dataset.hold = level === "high" ? "true" : "false";
}

document.addEventListener("scamcheck-result", (e) => {
  const r = e.detail;
  level = r.level;
  if (level === "high") {
    const fam = r.families.map((f) => f.name).join("、");
    hold.textContent = `转账已暂停：这笔转账很可能是诈骗${fam ? `（${fam}）` : ""}。请勿转账，先拨打本行客服 95588 或 96110 反诈专线核实。` +
      " Transfer held: this looks like a scam. Call us on 95588 or the 96110 anti-fraud line first.";
  }
  if (level !== "medium") ack.checked = false;
  update();
});

ack.addEventListener("change", update);
form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (send.disabled) return;
  done.textContent = "演示：转账已提交（未发送任何数据）。Demo: transfer submitted (nothing was sent).";
});
update();
