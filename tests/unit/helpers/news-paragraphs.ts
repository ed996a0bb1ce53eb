// Invented reporting for the repeat detector's tests: Harbor City, its transit board, its
// newspaper and its people do not exist.
export const BUSES =
  "Harbor City's transit authority approved a plan on Tuesday to replace 140 diesel buses with battery-electric models by 2028, a move officials said would cut the fleet's carbon emissions by 38%. The board voted 7-2 after a four-hour meeting in which residents urged faster action and drivers raised concerns about charging times on the longest routes.";
export const BUSES_LIGHT =
  "On Tuesday, Harbor City's transit authority approved a plan to replace 140 diesel buses with battery-electric models by 2028, which officials said would cut the fleet's carbon emissions by 38 per cent. The board voted 7-2 after a four-hour meeting where residents pushed for faster action and drivers raised concerns over charging times on the longest routes.";
export const BUSES_HEAVY =
  "The board of Harbor City's transit authority voted 7-2 on Tuesday to swap 140 diesel buses for battery-electric ones by 2028, a change officials expect to cut the fleet's carbon emissions by 38%. The decision came after a four-hour meeting, where residents urged quicker action and drivers worried about charging times on the longest routes.";
export const BUSES_CONDENSED =
  "Harbor City's transit board voted 7-2 on Tuesday, after a four-hour meeting, to replace 140 diesel buses with battery-electric models by 2028, cutting the fleet's carbon emissions by 38%, despite drivers' concerns about charging times on the longest routes.";
export const BUSES_OTHER_FIGURES =
  "Harbor City's transit authority approved a plan on Tuesday to replace 160 diesel buses with battery-electric models by 2030, a move officials said would cut the fleet's carbon emissions by 41%. The board voted 7-2 after a four-hour meeting in which residents urged faster action and drivers raised concerns about charging times on the longest routes.";
export const BUSES_ONE_FIGURE =
  "Harbor City's transit authority approved a plan on Tuesday to replace 140 diesel buses with battery-electric models by 2028, a move officials said would cut the fleet's carbon emissions by 35%. The board voted 7-2 after a four-hour meeting in which residents urged faster action and drivers raised concerns about charging times on the longest routes.";
export const BUSES_CONTINUED =
  "Harbor City's transit authority approved a plan on Tuesday to replace 140 diesel buses with battery-electric models by 2028, a move officials said would cut the fleet's carbon emissions by 38%. The board voted 7-2 after a four-hour meeting in which residents urged faster action and drivers raised concerns about charging times on the longest routes. Union leaders said they would ask the state labour board to review overtime rules for mechanics retrained on the new vehicles.";
export const BUSES_WITH_INSERTED_CLAUSE =
  "Harbor City's transit authority approved a plan on Tuesday to replace 140 diesel buses and the downtown shuttle vans with battery-electric models by 2028, a move officials said would cut the fleet's carbon emissions by 38%. The board voted 7-2 after a four-hour meeting in which residents urged faster action and drivers raised concerns about charging times on the longest routes.";
export const FERRIES =
  "Harbor City's ferry operator said on Wednesday it would lease two hybrid vessels from a Norwegian shipyard while its older boats undergo repairs, keeping the harbour crossing open through the winter. Commuters have complained for months about cancelled sailings, and the operator's chief executive apologised at a public hearing.";
export const RATES_UP =
  'The central bank raised its benchmark rate from 4.25% to 4.5% on Thursday, its third increase this year, saying inflation was falling more slowly than expected.';
export const RATES_DOWN =
  'The central bank lowered its benchmark rate from 4.5% to 4.25% on Thursday, its third change this year, saying inflation was falling more quickly than expected.';

// One long sentence shared, then a different fact each time.
export const LEDGER =
  'The Harbor City Ledger is an independent, nonprofit newsroom funded by its readers, and our journalists decide what we cover without any input from sponsors, advertisers or donors.';
export const ZONING = `${LEDGER} The city council approved a new zoning code for the waterfront district on Monday night.`;
export const TREES = `${LEDGER} Volunteers planted young oak trees along the river trail during the spring cleanup weekend.`;

export const SCHOOLS =
  "Harbor City's school board postponed a vote on a later start to the school day after parents filled the auditorium at Lincoln High, many of them warning that bus routes and after-school jobs would be thrown into disarray. Board members asked the superintendent to return next month with a study of how neighbouring districts handled the change.";
export const SCHOOLS_LOOSE =
  'Parents crowded into the Lincoln High auditorium, and the board put off deciding whether classes should begin later, after many said the change would upend bus routes and the after-school jobs of older students. The superintendent must now come back next month with a study of how nearby districts handled the change.';
export const LIBRARY =
  'The central library on Main Street will close for renovation from March, moving its lending desk and children’s reading hour to the old post office across the square, where volunteers have spent the winter building shelves and repainting the reading room.';
export const KEY_POINTS = [
  'The transit board approved replacing 140 diesel buses with electric models by 2028.',
  'Officials expect the change to cut the fleet’s carbon emissions by 38%.',
  'Drivers worry about charging times on the longest routes.',
  'Union leaders want mechanics retrained on the new vehicles to be paid overtime.',
];
