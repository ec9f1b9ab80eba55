import { it } from "vitest";
import { buildIndex, person, post, recordOf } from "../builders/index-builder";
import { whoCares } from "../../src/core/who-cares";
import { postsFor } from "../../src/core/posts-for";
it("explore", () => {
  const vault = {
    "People/Ana Diaz.md": person({ topics: ["pricing"] }, "Ana thinks about usage-based pricing a lot."),
    "People/Ben Ode.md": person({}, "Ben runs the k8s platform team at a bank."),
    "People/Cy Lo.md": person({ topics: ["hiring"] }, "Leads site reliability engineering and on-call."),
    "People/Dee Park.md": person({ topics: ["SRE"] }, "Dee writes about databases."),
    "People/Eli Stone.md": person({ topics: ["monetisation"] }, "Eli advises founders."),
    "Topics/Pricing.md": { fm: { aliases: ["monetisation"] } },
    "People/Fay Wu.md": person({ topics: ["gardening"] }, "Fay grows tomatoes."),
  };
  const index = buildIndex(vault);
  const show = (r: any) => console.log(JSON.stringify(r.people.map((p: any) => [p.name, p.score, p.reasons])));
  show(whoCares(index, recordOf("Posts/A.md", post({}, "How we scaled Kubernetes at a startup.")), "2026-11-01"));
  show(whoCares(index, recordOf("Posts/B.md", post({}, "Lessons from running SRE on-call rotations.")), "2026-11-01"));
  show(whoCares(index, recordOf("Posts/C.md", post({ topics: ["pricing"] }, "Notes on pricing with Fay Wu.")), "2026-11-01"));
  show(whoCares(index, recordOf("Posts/D.md", post({ topics: ["monetisation"] }, "Making money from open source.")), "2026-11-01"));
  show(whoCares(index, recordOf("Posts/E.md", post({}, "Usage-based pricing for developer tools.")), "2026-11-01"));
});
